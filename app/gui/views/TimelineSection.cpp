// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/views/TimelineSection.h"

#include "core/Language.h"
#include "core/Vocabulary.h"
#include "gui/widgets/EventFilterBar.h"
#include "gui/widgets/TimelineView.h"
#include "models/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/TimelineRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

TimelineSection::TimelineSection(Mode mode, QWidget* parent)
    : QWidget(parent), m_mode(mode), m_reader(new BackgroundReader(this)), m_lanes(new QComboBox(this)),
      m_status(new QLabel(this)), m_legend(new QLabel(this)), m_view(new TimelineView(this))
{
    setObjectName(mode == Mode::Full ? QStringLiteral("timelineSection") : QStringLiteral("profileTimeline"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(mode == Mode::Full ? 8 : 0, mode == Mode::Full ? 8 : 0, mode == Mode::Full ? 8 : 0, 0);
    if (mode == Mode::Full) {
        m_bar = new EventFilterBar(this);
        layout->addWidget(m_bar);
        connect(m_bar, &EventFilterBar::filterChanged, this, [this](const EventFilter& f) {
            setFilter(f);
            emit filterEdited(f);
        });
    }
    auto* row = new QHBoxLayout;
    m_lanes->setObjectName(QStringLiteral("laneMode"));
    m_lanes->addItem(tr("One lane per dialogue or forum"));
    m_lanes->addItem(tr("One lane per country"));
    row->addWidget(m_lanes);
    auto* fit = new QPushButton(tr("Show All"), this);
    fit->setObjectName(QStringLiteral("fitAll"));
    fit->setToolTip(tr("Zoom to every event shown (Home)"));
    row->addWidget(fit);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #555;"));
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    layout->addWidget(m_view, 1);
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    if (mode == Mode::Embedded) {
        m_view->setWheelZoomNeedsControl(true);
        m_legend->hide();
    }
    m_view->setPlaceholder(tr("Loading…"));
    m_view->setToolTip(QString()); // tooltips come from the marks

    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(fit, &QPushButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_view, &TimelineView::eventActivated, this, &TimelineSection::eventActivated);
    connect(m_reader, &BackgroundReader::failed, this, [this](const QString& error) {
        m_view->setPlaceholder(error);
        m_status->setText(error);
    });
}

TimelineSection::~TimelineSection() = default;

void TimelineSection::setDatabasePath(const QString& path)
{
    m_reader->setDatabasePath(path);
    m_fitted = false;
}

void TimelineSection::setCountries(const QList<Country>& countries)
{
    if (m_bar) {
        m_bar->setCountries(countries);
        m_bar->setFilter(m_filter);
    }
}

void TimelineSection::setFilter(const EventFilter& filter)
{
    m_filter = filter;
    if (m_bar && !(m_bar->filter() == filter))
        m_bar->setFilter(filter);
    reload();
}

void TimelineSection::reload()
{
    if (m_reader->databasePath().isEmpty())
        return;
    if (m_deferWhileHidden && !isVisible()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const EventFilter filter = m_filter;
    const auto lanes =
        m_lanes->currentIndex() == 1 ? TimelineRepository::Lanes::ByCountry : TimelineRepository::Lanes::BySeries;
    const Lang lang = uiLanguage();
    m_status->setText(tr("Loading…"));
    m_reader->run([this, filter, lanes, lang](Database& db) -> std::function<void()> {
        auto data = TimelineRepository(db.connection()).load(filter, lanes, lang);
        if (!data) {
            const QString error = data.error();
            return [this, error] {
                m_view->setData(nullptr);
                m_view->setPlaceholder(tr("Cannot read the timeline: %1").arg(error));
                m_status->setText(tr("Cannot read the timeline."));
            };
        }
        auto shared = std::make_shared<const TimelineData>(std::move(data).value());
        return [this, shared, lanes] {
            m_view->setUnassignedLaneName(lanes == TimelineRepository::Lanes::ByCountry ? tr("No country recorded")
                                                                                        : tr("No dialogue or forum"));
            m_view->setData(shared);
            m_view->setPlaceholder(tr("No dated event matches the filters."));
            // In a profile the timeline is as tall as its lanes (up to a dozen), so the page stays compact.
            if (m_mode == Mode::Embedded)
                m_view->setFixedHeight(m_view->preferredHeight(12));
            if (!m_fitted) {
                m_view->fitAll();
                m_fitted = true;
            }
            updateStatus();
        };
    });
}

void TimelineSection::updateStatus()
{
    const TimelineData* d = m_view->data();
    if (!d)
        return;
    QSet<qint64> ids;
    for (const TimelineRow& r : d->rows)
        ids.insert(r.id);
    QString text = tr("%n event(s)", nullptr, int(ids.size()));
    if (d->undated > 0)
        text += tr("; %n without a date, not shown", nullptr, d->undated);
    m_status->setText(text);

    // The legend names only the kinds present, in their colours, and how the statuses look.
    QSet<int> kinds;
    for (const TimelineRow& r : d->rows)
        kinds.insert(r.kind);
    const QStringList all = Vocabulary::eventKinds();
    QStringList parts;
    for (int k = 0; k < all.size(); ++k) {
        if (kinds.contains(k))
            parts << QStringLiteral("<span style=\"color:%1\">■</span>&nbsp;%2")
                         .arg(TimelineView::kindColour(k).name(),
                              Vocabulary::label(QStringLiteral("eventKind"), all[k], uiLanguage()).toHtmlEscaped());
    }
    parts << QStringLiteral("&nbsp;&nbsp;◆&nbsp;%1 ◇&nbsp;%2 <span style=\"color:#b0b0b0\">◆</span>&nbsp;%3 "
                            "▭&nbsp;%4")
                 .arg(tr("held"), tr("planned"), tr("cancelled (faded, struck through)"),
                      tr("date known only to the month or year"));
    m_legend->setText(parts.join(QStringLiteral("&nbsp;&nbsp; ")));
}

void TimelineSection::showEvent(QShowEvent* e)
{
    QWidget::showEvent(e);
    if (m_pending)
        reload();
}

bool TimelineSection::waitForLoaded(int timeoutMs)
{
    return m_reader->waitForIdle(timeoutMs);
}
