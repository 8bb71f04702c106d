// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/EventFilterBar.h"

#include "core/Clock.h"
#include "core/Language.h"
#include "core/Vocabulary.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>

#include <algorithm>

namespace {
constexpr int kFirstYear = 1990;

QSpinBox* yearBox(QWidget* parent, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    // The minimum stands for "no limit", shown as a word rather than a year.
    box->setRange(kFirstYear - 1, Clock::today().year() + 10);
    box->setSpecialValueText(EventFilterBar::tr("any"));
    box->setValue(kFirstYear - 1);
    box->setAccelerated(true);
    return box;
}
} // namespace

EventFilterBar::EventFilterBar(QWidget* parent)
    : QWidget(parent), m_country(new QComboBox(this)), m_region(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_from(yearBox(this, QStringLiteral("yearFrom"))), m_to(yearBox(this, QStringLiteral("yearTo"))),
      m_problem(new QLabel(this))
{
    m_problem->setObjectName(QStringLiteral("filterProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    setObjectName(QStringLiteral("eventFilterBar"));
    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_region->setObjectName(QStringLiteral("regionFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_country->setMinimumContentsLength(14);
    m_kind->addItem(tr("All kinds"), QString());
    const Lang lang = uiLanguage();
    for (const QString& k : Vocabulary::eventKinds())
        m_kind->addItem(Vocabulary::label(QStringLiteral("eventKind"), k, lang), k);
    setCountries({});

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Country:"), this));
    layout->addWidget(m_country);
    layout->addWidget(new QLabel(tr("Region:"), this));
    layout->addWidget(m_region);
    layout->addWidget(new QLabel(tr("Kind:"), this));
    layout->addWidget(m_kind);
    layout->addWidget(new QLabel(tr("Years:"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    auto* reset = new QPushButton(tr("Clear"), this);
    reset->setObjectName(QStringLiteral("clearFilters"));
    layout->addWidget(reset);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    for (QComboBox* box : {m_country, m_region, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &EventFilterBar::readControls);
    for (QSpinBox* box : {m_from, m_to})
        connect(box, &QSpinBox::valueChanged, this, &EventFilterBar::readControls);
    connect(reset, &QPushButton::clicked, this, [this] {
        setFilter({});
        emit filterChanged(m_filter);
    });
}

void EventFilterBar::setCountries(const QList<Country>& countries)
{
    m_updating = true;
    const Lang lang = uiLanguage();
    QList<Country> sorted = countries;
    QCollator collator(lang == Lang::Ja ? QLocale(QLocale::Japanese) : QLocale(QLocale::English));
    std::sort(sorted.begin(), sorted.end(), [&](const Country& a, const Country& b) {
        return collator.compare(pickName(lang, a.nameEn, a.nameJa), pickName(lang, b.nameEn, b.nameJa)) < 0;
    });
    m_country->clear();
    m_country->addItem(tr("All countries"), qint64(0));
    QSet<QString> regions;
    for (const Country& c : sorted) {
        m_country->addItem(pickName(lang, c.nameEn, c.nameJa), c.id);
        if (!c.region.isEmpty())
            regions.insert(c.region);
    }
    QStringList regionList(regions.begin(), regions.end());
    std::sort(regionList.begin(), regionList.end());
    m_region->clear();
    m_region->addItem(tr("All regions"), QString());
    for (const QString& r : regionList)
        m_region->addItem(Vocabulary::label(QStringLiteral("region"), r, lang), r);
    m_updating = false;
    showFilter();
    readControls();
}

QString EventFilterBar::problem() const
{
    return m_problem->text();
}

void EventFilterBar::setFilter(const EventFilter& filter)
{
    m_problem->hide();
    m_problem->clear();
    m_filter = filter;
    showFilter();
}

void EventFilterBar::showFilter()
{
    m_updating = true;
    m_country->setCurrentIndex(qMax(0, m_country->findData(m_filter.countryId)));
    m_region->setCurrentIndex(qMax(0, m_region->findData(m_filter.region)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(m_filter.kind)));
    m_from->setValue(m_filter.yearFrom > 0 ? m_filter.yearFrom : m_from->minimum());
    m_to->setValue(m_filter.yearTo > 0 ? m_filter.yearTo : m_to->minimum());
    m_updating = false;
}

void EventFilterBar::readControls()
{
    if (m_updating)
        return;
    EventFilter f;
    f.countryId = m_country->currentData().toLongLong();
    f.region = m_region->currentData().toString();
    f.kind = m_kind->currentData().toString();
    f.yearFrom = m_from->value() > m_from->minimum() ? m_from->value() : 0;
    f.yearTo = m_to->value() > m_to->minimum() ? m_to->value() : 0;
    // A range that ends before it starts would quietly show nothing: say so and keep the last good filter.
    if (f.yearFrom > 0 && f.yearTo > 0 && f.yearFrom > f.yearTo) {
        m_problem->setText(tr("Years: %1 is after %2; the filter is unchanged.").arg(f.yearFrom).arg(f.yearTo));
        m_problem->show();
        return;
    }
    m_problem->hide();
    m_problem->clear();
    if (f == m_filter)
        return;
    m_filter = f;
    emit filterChanged(m_filter);
}
