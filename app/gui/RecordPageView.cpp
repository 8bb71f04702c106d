// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/RecordPageView.h"

#include "gui/views/TimelineSection.h"

#include <QColor>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kTargetRole = Qt::UserRole + 1;
const char* const kUnconfirmedColour = "#8a5a00";

QString unconfirmedBadge()
{
    return QStringLiteral(" <span style=\"color:%1; font-style:italic\">(%2)</span>")
        .arg(QLatin1String(kUnconfirmedColour), RecordPageView::tr("unconfirmed").toHtmlEscaped());
}

QLabel* richLabel(const QString& html, QWidget* parent)
{
    auto* l = new QLabel(html, parent);
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return l;
}

/// Tags as coloured chips, each a link to the tag's page; text dark or light, whichever reads on the colour.
QString tagChips(const QList<PageTag>& tags)
{
    QStringList chips;
    for (const PageTag& t : tags) {
        const QColor background = t.color.isEmpty() ? QColor(0xe4, 0xe4, 0xe4) : QColor::fromString(t.color);
        const QString foreground = background.lightnessF() < 0.55 ? QStringLiteral("#ffffff") : QStringLiteral("#202020");
        const QString chip = QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
                                 .arg(background.name(), foreground, t.name.toHtmlEscaped());
        chips << (t.target.isValid() ? QStringLiteral("<a href=\"%1\" style=\"text-decoration:none; color:%2;\">%3</a>")
                                           .arg(t.target.toUrl(), foreground, chip)
                                     : chip);
    }
    return chips.join(QStringLiteral(" "));
}

QString escapedLines(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

void addRow(QTreeWidgetItem* parentItem, QTreeWidget* tree, const PageRow& row)
{
    auto* item = parentItem ? new QTreeWidgetItem(parentItem, row.cells) : new QTreeWidgetItem(tree, row.cells);
    for (int c = 0; c < row.cells.size(); ++c)
        item->setToolTip(c, row.cells[c]);
    if (row.target.isValid())
        item->setData(0, kTargetRole, QVariant::fromValue(row.target));
    if (row.note || row.unconfirmed) {
        for (int c = 0; c < row.cells.size(); ++c) {
            QFont f = item->font(c);
            f.setItalic(true);
            item->setFont(c, f);
            if (row.unconfirmed) {
                item->setForeground(c, QColor(QLatin1String(kUnconfirmedColour)));
                item->setToolTip(c, RecordPageView::tr("Unconfirmed: not verified in a source"));
            } else {
                item->setForeground(c, QColor(0x66, 0x66, 0x66));
            }
        }
    }
    if (row.note)
        item->setFirstColumnSpanned(true);
    for (const PageRow& child : row.children)
        addRow(item, tree, child);
}

// Trees sit in a scrolling page, so each is as tall as its rows and never scrolls itself.
void fitHeight(QTreeWidget* tree)
{
    tree->doItemsLayout();
    int rows = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        ++rows;
    const int laidOut = tree->topLevelItemCount() > 0 ? tree->visualItemRect(tree->topLevelItem(0)).height() : 0;
    const int rowHeight = laidOut > 0 ? laidOut : tree->fontMetrics().height() + 6;
    const int header = tree->header()->isHidden() ? 0 : tree->header()->sizeHint().height();
    tree->setFixedHeight(header + qMax(rows, 1) * rowHeight + 2 * tree->frameWidth() + 2);
}
} // namespace

RecordPageView::RecordPageView(QWidget* parent) : QScrollArea(parent), m_content(nullptr), m_layout(nullptr)
{
    setObjectName(QStringLiteral("recordPage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    showMessage(tr("Select a record to see its details."));
    // A refreshed page is laid out after it is shown, some parts later still (a profile's timeline): the place
    // it was scrolled to is put back as soon as the page is that tall again.
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (m_keepScroll < 0)
            return;
        verticalScrollBar()->setValue(qMin(m_keepScroll, maximum));
        if (maximum >= m_keepScroll)
            m_keepScroll = -1;
    });
    // The reader scrolling (wheel, keys, the bar) takes over from the place kept: their view wins, however soon.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_keepScroll = -1; });
}

void RecordPageView::clear()
{
    // The old page may be running the very handler that asked for the new one (a double-clicked link).
    if (QWidget* old = takeWidget())
        old->deleteLater();
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("pageContent"));
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(16, 12, 16, 16);
    m_layout->setSpacing(8);
    setWidget(m_content);
}

void RecordPageView::refreshPage(const RecordPage& page)
{
    const bool same = page.target == m_page.target && widget();
    const int y = verticalScrollBar()->value();
    showPage(page);
    if (same && y > 0) {
        // Kept until the page is that tall again or the reader scrolls; a clock would give up early on a busy
        // machine. A page that stays shorter keeps its end in view.
        m_keepScroll = y;
        verticalScrollBar()->setValue(qMin(y, verticalScrollBar()->maximum()));
        if (verticalScrollBar()->maximum() >= y)
            m_keepScroll = -1;
    }
}

void RecordPageView::showMessage(const QString& text)
{
    clear();
    m_page = {};
    auto* l = new QLabel(text, m_content);
    l->setObjectName(QStringLiteral("pageMessage"));
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignCenter);
    l->setStyleSheet(QStringLiteral("color: #666;"));
    m_layout->addStretch(1);
    m_layout->addWidget(l);
    m_layout->addStretch(2);
}

void RecordPageView::showPage(const RecordPage& page)
{
    m_keepScroll = -1;
    clear();
    m_page = page;
    auto* title = new QLabel(page.title, m_content);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.5);
    tf.setBold(true);
    title->setFont(tf);
    m_layout->addWidget(title);
    if (!page.subtitle.isEmpty()) {
        auto* sub = new QLabel(page.subtitle, m_content);
        sub->setObjectName(QStringLiteral("pageSubtitle"));
        sub->setTextFormat(Qt::PlainText);
        sub->setStyleSheet(QStringLiteral("color: #555;"));
        m_layout->addWidget(sub);
    }
    if (page.unconfirmed) {
        auto* banner = new QLabel(tr("This record is not confirmed in a source."), m_content);
        banner->setObjectName(QStringLiteral("unconfirmedBanner"));
        banner->setStyleSheet(QStringLiteral("background: #fff3d6; color: #6b4500; padding: 6px; border-radius: 3px;"));
        m_layout->addWidget(banner);
    }

    if (!page.tags.isEmpty()) {
        QLabel* chips = richLabel(tagChips(page.tags), m_content);
        chips->setObjectName(QStringLiteral("tagChips"));
        connect(chips, &QLabel::linkActivated, this, &RecordPageView::openLink);
        m_layout->addWidget(chips);
    }

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const PageField& f : page.fields) {
        QString html = f.target.isValid()
                           ? QStringLiteral("<a href=\"%1\">%2</a>").arg(f.target.toUrl(), f.value.toHtmlEscaped())
                           : escapedLines(f.value);
        if (f.value.startsWith(QStringLiteral("http://")) || f.value.startsWith(QStringLiteral("https://")))
            html = QStringLiteral("<a href=\"%1\">%2</a>").arg(f.value.toHtmlEscaped(), f.value.toHtmlEscaped());
        if (f.unconfirmed)
            html += unconfirmedBadge();
        QLabel* value = richLabel(html, m_content);
        connect(value, &QLabel::linkActivated, this, &RecordPageView::openLink);
        auto* label = new QLabel(f.label, m_content);
        label->setStyleSheet(QStringLiteral("color: #555;"));
        form->addRow(label, value);
    }
    m_layout->addLayout(form);

    if (page.target.kind == NavTarget::Kind::Country && !m_databasePath.isEmpty()) {
        addHeading(tr("Timeline"));
        auto* timeline = new TimelineSection(TimelineSection::Mode::Embedded, m_content);
        timeline->setDatabasePath(m_databasePath);
        EventFilter filter;
        filter.countryId = page.target.id;
        timeline->setFilter(filter);
        // Queued: opening an event replaces this page, and with it the timeline whose signal this is.
        connect(timeline, &TimelineSection::eventActivated, this, [this](const NavTarget& t) {
            QMetaObject::invokeMethod(this, [this, t] { emit navigateRequested(t); }, Qt::QueuedConnection);
        });
        m_layout->addWidget(timeline);
    }

    for (const PageSection& s : page.sections) {
        addHeading(s.title);
        if (!s.note.isEmpty()) {
            auto* note = new QLabel(s.note, m_content);
            note->setObjectName(QStringLiteral("note-") + s.id);
            note->setWordWrap(true);
            note->setStyleSheet(QStringLiteral("color: #666;"));
            m_layout->addWidget(note);
        }
        if (s.rows.isEmpty() && !s.emptyText.isEmpty()) {
            auto* empty = new QLabel(s.emptyText, m_content);
            empty->setObjectName(QStringLiteral("empty-") + s.id);
            empty->setStyleSheet(QStringLiteral("color: #777;"));
            m_layout->addWidget(empty);
            continue;
        }
        auto* tree = new QTreeWidget(m_content);
        tree->setObjectName(QStringLiteral("section-") + s.id);
        tree->setColumnCount(int(s.headers.size()));
        tree->setHeaderLabels(s.headers);
        tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        tree->setSelectionMode(QAbstractItemView::SingleSelection);
        tree->setAlternatingRowColors(true);
        tree->setUniformRowHeights(true);
        tree->setExpandsOnDoubleClick(false);
        bool nested = false;
        for (const PageRow& r : s.rows) {
            addRow(nullptr, tree, r);
            nested = nested || !r.children.isEmpty();
        }
        tree->setRootIsDecorated(nested);
        tree->expandAll();
        // Short columns (dates, numbers, statuses) fit their text; long ones (names, levels) share the rest and elide,
        // with the full text in the tooltip.
        QList<int> widths(tree->columnCount(), 0);
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            for (int c = 0; c < tree->columnCount(); ++c)
                widths[c] = qMax(widths[c], tree->fontMetrics().horizontalAdvance((*it)->text(c)));
        }
        // The widest column (a name or title) takes the room that is left; other long columns (levels, places)
        // start at a modest width the user can widen; short ones (dates, statuses) fit their text.
        const int longText = tree->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24;
        // In a nested tree (dialogues and their rounds) the first column names both, so it is the one to widen.
        const int widest = nested ? 0 : int(std::max_element(widths.begin(), widths.end()) - widths.begin());
        tree->header()->setStretchLastSection(false);
        for (int c = 0; c < tree->columnCount(); ++c) {
            if (c == widest) {
                tree->header()->setSectionResizeMode(c, QHeaderView::Stretch);
            } else if (widths[c] > longText) {
                tree->header()->setSectionResizeMode(c, QHeaderView::Interactive);
                tree->setColumnWidth(c, longText / 2);
            } else {
                tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
            }
        }
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
            const NavTarget t = item->data(0, kTargetRole).value<NavTarget>();
            // Queued: navigating replaces this page, and with it the tree whose signal this is.
            if (t.isValid())
                QMetaObject::invokeMethod(this, [this, t] { emit navigateRequested(t); }, Qt::QueuedConnection);
        });
        fitHeight(tree);
        m_layout->addWidget(tree);
    }

    if (!page.sources.isEmpty()) {
        addHeading(tr("Sources"));
        QString html = QStringLiteral("<ol style=\"margin-left: 0px; -qt-list-indent: 1;\">");
        for (const PageSource& s : page.sources) {
            html += QStringLiteral("<li><a href=\"%1\">%2</a><br><span style=\"color:#666\">%3</span></li>")
                        .arg(s.url.toHtmlEscaped(), s.url.toHtmlEscaped(), s.supports.toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
        QLabel* sources = richLabel(html, m_content);
        sources->setObjectName(QStringLiteral("sources"));
        connect(sources, &QLabel::linkActivated, this, &RecordPageView::openLink);
        m_layout->addWidget(sources);
    }
    m_layout->addStretch(1);
}

void RecordPageView::addHeading(const QString& text)
{
    auto* heading = new QLabel(text, m_content);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    heading->setContentsMargins(0, 10, 0, 0);
    m_layout->addWidget(heading);
}

QTreeWidget* RecordPageView::sectionTree(const QString& id) const
{
    return m_content ? m_content->findChild<QTreeWidget*>(QStringLiteral("section-") + id) : nullptr;
}

TimelineSection* RecordPageView::timeline() const
{
    return m_content ? m_content->findChild<TimelineSection*>() : nullptr;
}

void RecordPageView::openLink(const QString& link)
{
    const NavTarget t = NavTarget::fromUrl(link);
    if (t.isValid()) {
        QMetaObject::invokeMethod(this, [this, t] { emit navigateRequested(t); }, Qt::QueuedConnection);
        return;
    }
    const QUrl url(link);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}
