// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/BriefingDialog.h"

#include "core/Clock.h"
#include "core/PartialDate.h"
#include "core/Vocabulary.h"
#include "gui/FileDialog.h"
#include "gui/MessageBox.h"
#include "gui/widgets/BusyCursor.h"
#include "models/Catalog.h"
#include "reports/BriefingComposer.h"
#include "reports/BriefingPdfWriter.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
enum ScopeKind { CountryScope, DialogueScope, ForumScope };
constexpr int KindRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

void addHeading(QListWidget* list, const QString& text)
{
    auto* item = new QListWidgetItem(text, list);
    QFont f = item->font();
    f.setBold(true);
    item->setFont(f);
    item->setFlags(Qt::ItemIsEnabled);
}

void addChoice(QListWidget* list, const QString& text, int kind, const QVariant& key, qint64 id)
{
    auto* item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
    item->setData(KindRole, kind);
    item->setData(KeyRole, key);
    item->setData(IdRole, id);
}
} // namespace

BriefingDialog::BriefingDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_db(db), m_scope(new QListWidget(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_classification(new QComboBox(this))
{
    setWindowTitle(tr("Briefing Pack"));
    const Lang ui = uiLanguage();

    m_scope->setObjectName(QStringLiteral("scope"));
    if (auto catalog = Catalog::load(db)) {
        addHeading(m_scope, tr("Countries"));
        for (const Country& c : catalog->countries)
            addChoice(m_scope, QStringLiteral("%1 (%2)").arg(pickName(ui, c.nameEn, c.nameJa), c.code), CountryScope,
                      c.code, c.id);
        addHeading(m_scope, tr("Dialogues"));
        for (const Dialogue& d : catalog->dialogues)
            addChoice(m_scope, pickName(ui, d.nameEn, d.nameJa), DialogueScope, d.id, d.id);
        addHeading(m_scope, tr("Fora"));
        for (const Forum& f : catalog->fora)
            addChoice(m_scope,
                      f.acronym.isEmpty() ? pickName(ui, f.nameEn, f.nameJa)
                                          : QStringLiteral("%1 — %2").arg(f.acronym, pickName(ui, f.nameEn, f.nameJa)),
                      ForumScope, f.id, f.id);
    } else {
        addHeading(m_scope, catalog.error());
    }

    const QString datePattern = tr("YYYY, YYYY-MM or YYYY-MM-DD");
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_from->setPlaceholderText(datePattern);
    m_to->setPlaceholderText(datePattern);

    auto* chapters = new QGroupBox(tr("Chapters"), this);
    auto* grid = new QGridLayout(chapters);
    const std::pair<int, QString> sections[] = {
        {BriefingOptions::Summary, tr("Summary and key facts")}, {BriefingOptions::Dialogues, tr("Dialogue history")},
        {BriefingOptions::Fora, tr("Fora in common")},           {BriefingOptions::Agreements, tr("Agreements")},
        {BriefingOptions::PolicyBasis, tr("Policy basis")},      {BriefingOptions::Actions, tr("Open actions")},
        {BriefingOptions::Upcoming, tr("Upcoming events")},      {BriefingOptions::Sources, tr("Sources")},
        {BriefingOptions::Figures, tr("Timeline and charts")}};
    int n = 0;
    for (const auto& [flag, label] : sections) {
        auto* box = new QCheckBox(label, chapters);
        box->setChecked(true);
        box->setProperty("section", flag);
        grid->addWidget(box, n / 2, n % 2);
        m_sections << box;
        ++n;
    }

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("English"), int(Lang::En));
    m_language->addItem(QStringLiteral("日本語"), int(Lang::Ja));
    m_language->setCurrentIndex(ui == Lang::Ja ? 1 : 0);
    m_classification->setObjectName(QStringLiteral("classification"));
    for (int level = 0; level <= 3; ++level)
        m_classification->addItem(Vocabulary::classificationLabel(level, ui), level);

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Language of the pack:"), m_language);
    form->addRow(tr("&Highest classification:"), m_classification);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    connect(m_preview, &QPushButton::clicked, this, &BriefingDialog::printPreview);
    connect(m_print, &QPushButton::clicked, this, &BriefingDialog::print);
    // Saving does not close the dialog (accepted() is left unconnected): a pack is often wanted in both languages.
    connect(m_save, &QPushButton::clicked, this, &BriefingDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(chapters);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    auto* scopeBox = new QGroupBox(tr("About"), this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_scope);
    columns->addWidget(scopeBox, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(820, 520);
}

void BriefingDialog::setCountry(const QString& code)
{
    for (int i = 0; i < m_scope->count(); ++i) {
        QListWidgetItem* item = m_scope->item(i);
        if (item->data(KindRole).toInt() == CountryScope && item->data(KeyRole).toString() == code &&
            item->flags().testFlag(Qt::ItemIsUserCheckable)) {
            item->setCheckState(Qt::Checked);
            m_scope->scrollToItem(item);
        }
    }
}

void BriefingDialog::preselect(const NavTarget& target)
{
    const int kind = target.kind == NavTarget::Kind::Country    ? CountryScope
                     : target.kind == NavTarget::Kind::Dialogue ? DialogueScope
                     : target.kind == NavTarget::Kind::Forum    ? ForumScope
                                                                : -1;
    for (int i = 0; kind >= 0 && i < m_scope->count(); ++i) {
        QListWidgetItem* item = m_scope->item(i);
        if (item->flags().testFlag(Qt::ItemIsUserCheckable) && item->data(KindRole).toInt() == kind &&
            item->data(IdRole).toLongLong() == target.id) {
            item->setCheckState(Qt::Checked);
            m_scope->scrollToItem(item);
        }
    }
}

Result<BriefingOptions> BriefingDialog::options() const
{
    using R = Result<BriefingOptions>;
    BriefingOptions o;
    for (int i = 0; i < m_scope->count(); ++i) {
        const QListWidgetItem* item = m_scope->item(i);
        if (!item->flags().testFlag(Qt::ItemIsUserCheckable) || item->checkState() != Qt::Checked)
            continue;
        switch (item->data(KindRole).toInt()) {
        case CountryScope:
            o.countries << item->data(KeyRole).toString();
            break;
        case DialogueScope:
            o.dialogues << item->data(KeyRole).toLongLong();
            break;
        default:
            o.fora << item->data(KeyRole).toLongLong();
        }
    }
    if (!o.hasScope())
        return R::failure(tr("Tick at least one country, dialogue or forum the pack is about."));
    o.from = m_from->text().trimmed();
    o.to = m_to->text().trimmed();
    if (!PartialDate::isValidText(o.from))
        return R::failure(tr("From: '%1' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.").arg(o.from));
    if (!PartialDate::isValidText(o.to))
        return R::failure(tr("To: '%1' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.").arg(o.to));
    o.sections = 0;
    for (const QCheckBox* box : m_sections) {
        if (box->isChecked())
            o.sections |= box->property("section").toInt();
    }
    if (o.sections == 0)
        return R::failure(tr("Tick at least one chapter."));
    o.lang = Lang(m_language->currentData().toInt());
    o.maxClassification = m_classification->currentData().toInt();
    o.asOf = Clock::today();
    return o;
}

Result<BriefingDocument> BriefingDialog::compose()
{
    auto o = options();
    if (!o)
        return Result<BriefingDocument>::failure(o.error());
    return whileBusy([&] { return BriefingComposer(m_db.connection()).compose(*o); });
}

bool BriefingDialog::savePdf()
{
    auto doc = compose();
    if (!doc) {
        MessageBox::critical(this, tr("Briefing pack"), doc.error());
        return false;
    }
    const QString path =
        FileDialog::saveFile(this, tr("Save Briefing Pack"), QDir::homePath(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (auto s = whileBusy([&] { return BriefingPdfWriter::save(*doc, path, m_db.path()); }); !s) {
        MessageBox::critical(this, tr("The briefing pack was not saved"), s.error());
        return false;
    }
    return true;
}

void BriefingDialog::paintOn(QPagedPaintDevice& device)
{
    auto doc = compose();
    if (!doc) {
        MessageBox::critical(this, tr("Briefing pack"), doc.error());
        return;
    }
    if (auto pages = whileBusy([&] { return BriefingPdfWriter::paint(*doc, device); }); !pages)
        MessageBox::critical(this, tr("Briefing pack"), pages.error());
}

void BriefingDialog::printPreview()
{
    if (auto o = options(); !o) {
        MessageBox::critical(this, tr("Briefing pack"), o.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { paintOn(*p); });
    preview.exec();
}

void BriefingDialog::print()
{
    if (auto o = options(); !o) {
        MessageBox::critical(this, tr("Briefing pack"), o.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(printer);
}
