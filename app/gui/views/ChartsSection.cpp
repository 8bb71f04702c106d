// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/views/ChartsSection.h"

#include "core/Language.h"
#include "core/Vocabulary.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/widgets/EventFilterBar.h"
#include "gui/widgets/TimelineView.h"
#include "models/BackgroundReader.h"
#include "storage/Database.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
QString chartKey(int which)
{
    static const char* const keys[] = {"eventsPerYear", "regions", "partners", "actions"};
    return QString::fromLatin1(keys[which]);
}

/// A count axis from 0 with whole-number ticks (1, 2, 5, 10, 20… apart), about five of them.
QValueAxis* countAxis(QChart* chart, Qt::Alignment where, double most)
{
    auto* axis = new QValueAxis(chart);
    axis->setLabelFormat(QStringLiteral("%d"));
    double step = 1;
    for (double base = 1; step * 5 < most; base *= 10) {
        for (double m : {1.0, 2.0, 5.0}) {
            step = base * m;
            if (step * 5 >= most)
                break;
        }
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::max(step, std::ceil(most / step) * step));
    axis->setMinorTickCount(0);
    chart->addAxis(axis, where);
    return axis;
}

/// Years under bars: a bar series sits at 0, 1, 2… on a value axis, so a category axis can label every
/// n-th year (at most about eight labels) where a label per bar would not fit a small chart.
QCategoryAxis* yearAxis(QChart* chart, int first, int last)
{
    auto* axis = new QCategoryAxis(chart);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int years = last - first + 1;
    int step = 1;
    for (int s : {1, 2, 5, 10, 20}) {
        step = s;
        if (years <= s * 8)
            break;
    }
    for (int y = first; y <= last; ++y) {
        if (y % step == 0)
            axis->append(QString::number(y), y - first);
    }
    axis->setRange(-0.5, years - 0.5);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

void resetChart(QChart* chart, const QString& title, bool empty)
{
    chart->removeAllSeries();
    for (QAbstractAxis* a : chart->axes())
        chart->removeAxis(a);
    chart->setTitle(empty ? title + QStringLiteral("<br>") + ChartsSection::tr("(nothing matches the filters)")
                          : title);
}

} // namespace

ChartsSection::ChartsSection(QWidget* parent)
    : QWidget(parent), m_reader(new BackgroundReader(this)), m_bar(new EventFilterBar(this))
{
    setObjectName(QStringLiteral("chartsSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_bar);
    auto* grid = new QGridLayout;
    for (int c = 0; c < ChartCount; ++c) {
        auto* chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        m_views[c] = new QChartView(chart, this);
        m_views[c]->setObjectName(QStringLiteral("chart-") + chartKey(c));
        m_views[c]->setRenderHint(QPainter::Antialiasing);
        m_views[c]->setMinimumSize(320, 220);
        auto* box = new QVBoxLayout;
        box->addWidget(m_views[c], 1);
        auto* save = new QPushButton(tr("Save Chart…"), this);
        save->setObjectName(QStringLiteral("save-") + chartKey(c));
        connect(save, &QPushButton::clicked, this, [this, c] { saveWithDialog(Chart(c)); });
        box->addWidget(save, 0, Qt::AlignRight);
        grid->addLayout(box, c / 2, c % 2);
    }
    layout->addLayout(grid, 1);
    connect(m_bar, &EventFilterBar::filterChanged, this, [this](const EventFilter& f) {
        setFilter(f);
        emit filterEdited(f);
    });
}

ChartsSection::~ChartsSection() = default;

QChart* ChartsSection::chart(Chart which) const
{
    return m_views[which]->chart();
}

void ChartsSection::setDatabasePath(const QString& path)
{
    m_reader->setDatabasePath(path);
}

void ChartsSection::setCountries(const QList<Country>& countries)
{
    m_bar->setCountries(countries);
    m_bar->setFilter(m_filter);
}

void ChartsSection::setFilter(const EventFilter& filter)
{
    m_filter = filter;
    if (!(m_bar->filter() == filter))
        m_bar->setFilter(filter);
    reload();
}

void ChartsSection::reload()
{
    if (m_reader->databasePath().isEmpty())
        return;
    if (m_deferWhileHidden && !isVisible()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const EventFilter filter = m_filter;
    m_reader->run([this, filter](Database& db) -> std::function<void()> {
        ChartRepository repo(db.connection());
        auto perYear = repo.eventsPerYearByKind(filter);
        auto regions = repo.engagementByRegion(filter, homeCountryCode());
        auto partners = repo.dialogueRoundsPerPartner(filter, homeCountryCode());
        auto actions = repo.actionsPerYear(filter);
        for (const QString& e : {perYear.error(), regions.error(), partners.error(), actions.error()}) {
            if (!e.isEmpty())
                return [this, e] { chart(EventsPerYear)->setTitle(tr("Cannot read the chart data: %1").arg(e)); };
        }
        Data d{*perYear, *regions, *partners, *actions};
        return [this, d] { showData(d); };
    });
}

void ChartsSection::showEvent(QShowEvent* e)
{
    QWidget::showEvent(e);
    if (m_pending)
        reload();
}

bool ChartsSection::waitForLoaded(int timeoutMs)
{
    return m_reader->waitForIdle(timeoutMs);
}

void ChartsSection::showData(const Data& data)
{
    m_data = data;
    const Lang lang = uiLanguage();

    // Events per year, stacked by kind: every year between the first and the last, so gaps show as gaps.
    {
        QChart* c = chart(EventsPerYear);
        resetChart(c, tr("Events per year, by kind"), data.perYear.isEmpty());
        if (!data.perYear.isEmpty()) {
            const int first = data.perYear.front().year, last = data.perYear.back().year;
            QMap<int, QBarSet*> sets; // by kind index, so the stack order and colours follow the vocabulary
            const QStringList kinds = Vocabulary::eventKinds();
            auto* series = new QStackedBarSeries(c);
            for (const auto& yk : data.perYear) {
                const int k = int(kinds.indexOf(yk.kind));
                if (!sets.contains(k)) {
                    auto* set = new QBarSet(Vocabulary::label(QStringLiteral("eventKind"), yk.kind, lang));
                    set->setColor(TimelineView::kindColour(k));
                    set->setBorderColor(TimelineView::kindColour(k));
                    for (int y = first; y <= last; ++y)
                        set->append(0);
                    sets.insert(k, set);
                }
                sets[k]->replace(yk.year - first, sets[k]->at(yk.year - first) + yk.count);
            }
            double most = 0;
            for (int i = 0; i <= last - first; ++i) {
                double sum = 0;
                for (QBarSet* s : sets)
                    sum += s->at(i);
                most = std::max(most, sum);
            }
            for (QBarSet* s : sets)
                series->append(s);
            c->addSeries(series);
            series->attachAxis(yearAxis(c, first, last));
            series->attachAxis(countAxis(c, Qt::AlignLeft, most));
            series->setBarWidth(0.85);
        }
        // Up to sixteen kinds: a column on the right keeps every name, where a row below would drop them.
        c->legend()->setVisible(!data.perYear.isEmpty());
        c->legend()->setAlignment(Qt::AlignRight);
        QFont small = c->legend()->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        c->legend()->setFont(small);
    }

    // Bars named by region or country read best lying down; the biggest on top.
    auto horizontal = [&](Chart which, const QString& title, const QList<ChartRepository::Named>& rows, auto labelOf,
                          const QColor& colour) {
        QChart* c = chart(which);
        resetChart(c, title, rows.isEmpty());
        c->legend()->setVisible(false);
        if (rows.isEmpty())
            return;
        auto* set = new QBarSet(title);
        set->setColor(colour);
        set->setBorderColor(colour);
        QStringList labels;
        double most = 0;
        for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
            set->append(it->count);
            labels << labelOf(*it);
            most = std::max(most, double(it->count));
        }
        auto* series = new QHorizontalBarSeries(c);
        series->append(set);
        series->setLabelsVisible(true);
        c->addSeries(series);
        auto* y = new QBarCategoryAxis(c);
        // Qt Charts cuts every label to the shortest room it computes, which left Japanese names as "…";
        // the names are shortened here instead, each to what it needs.
        for (QString& l : labels) {
            if (l.size() > 16)
                l = l.left(15) + QStringLiteral("…");
        }
        y->setTruncateLabels(false);
        y->append(labels);
        c->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        series->attachAxis(countAxis(c, Qt::AlignBottom, most));
    };
    horizontal(
        Regions, tr("Events with partners, by region"), data.regions,
        [&](const ChartRepository::Named& n) { return Vocabulary::label(QStringLiteral("region"), n.key, lang); },
        QColor(0x2c, 0x7f, 0xb8));
    QList<ChartRepository::Named> partners = data.partners.mid(0, kMaxPartners);
    horizontal(
        Partners,
        data.partners.size() > kMaxPartners
            ? tr("Dialogue meetings per partner (top %1 of %2)").arg(kMaxPartners).arg(data.partners.size())
            : tr("Dialogue meetings per partner"),
        partners, [&](const ChartRepository::Named& n) { return pickName(lang, n.nameEn, n.nameJa); },
        QColor(0x31, 0xa3, 0x54));

    // Actions by the year their event was held: still open on top of closed.
    {
        QChart* c = chart(Actions);
        resetChart(c, tr("Follow-up actions, open and closed, by year raised"), data.actions.isEmpty());
        if (!data.actions.isEmpty()) {
            const int first = data.actions.front().year, last = data.actions.back().year;
            auto* closed = new QBarSet(tr("Closed"));
            auto* open = new QBarSet(tr("Open"));
            closed->setColor(QColor(0x9e, 0x9e, 0x9e));
            open->setColor(QColor(0xe6, 0x55, 0x0d));
            for (int y = first; y <= last; ++y) {
                closed->append(0);
                open->append(0);
            }
            double most = 0;
            for (const auto& a : data.actions) {
                closed->replace(a.year - first, a.closed);
                open->replace(a.year - first, a.open);
                most = std::max(most, double(a.open + a.closed));
            }
            auto* series = new QStackedBarSeries(c);
            series->append(closed);
            series->append(open);
            series->setBarWidth(0.85);
            c->addSeries(series);
            series->attachAxis(yearAxis(c, first, last));
            series->attachAxis(countAxis(c, Qt::AlignLeft, most));
        }
        c->legend()->setVisible(!data.actions.isEmpty());
    }
}

Status ChartsSection::save(Chart which, const QString& path) const
{
    QChartView* view = m_views[which];
    const QSize size = view->size();
    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(chart(which)->title());
        QPainter p;
        if (!p.begin(&svg))
            return Status::failure(tr("Cannot write %1.").arg(path));
        view->render(&p, QRectF(QPointF(0, 0), size), view->rect());
        p.end();
        return QFileInfo(path).size() > 0 ? Status() : Status::failure(tr("Cannot write %1.").arg(path));
    }
    // Twice the pixels, so the picture stays sharp in a document.
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    view->render(&p, QRectF(QPointF(0, 0), size), view->rect());
    p.end();
    if (!image.save(path, "PNG"))
        return Status::failure(tr("Cannot write %1.").arg(path));
    return Status();
}

void ChartsSection::saveWithDialog(Chart which)
{
    const QString path = FileDialog::saveFile(this, tr("Save Chart"), chartKey(which) + QStringLiteral(".png"),
                                              tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    const Status s = save(which, path);
    if (!s)
        MessageBox::critical(this, tr("Cannot save the chart"), s.error());
}
