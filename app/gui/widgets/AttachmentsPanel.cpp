// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/AttachmentsPanel.h"

#include "gui/FileDialog.h"
#include "gui/MessageBox.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, SizeColumn, AddedColumn };
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

AttachmentsPanel::AttachmentsPanel(Database& db, const QString& entity, qint64 entityId, QWidget* parent)
    : QWidget(parent), m_store(db), m_entity(entity), m_entityId(entityId)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Size"), tr("Added")});
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    m_add = new QPushButton(tr("Add…"), this);
    m_add->setObjectName(QStringLiteral("addAttachment"));
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeAttachment"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &AttachmentsPanel::addFile);
    connect(m_open, &QPushButton::clicked, this, &AttachmentsPanel::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsPanel::removeSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &AttachmentsPanel::openSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &AttachmentsPanel::updateButtons);
    reload();
}

AttachmentsPanel::~AttachmentsPanel() = default;

qint64 AttachmentsPanel::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item && item->isSelected() ? item->data(NameColumn, IdRole).toLongLong() : 0;
}

void AttachmentsPanel::reload()
{
    const qint64 current = selectedId();
    m_list->clear();
    auto attachments = m_store.list(m_entity, m_entityId);
    if (!attachments) {
        MessageBox::critical(this, tr("Attachments"), attachments.error());
        updateButtons();
        return;
    }
    const QLocale locale;
    for (const Attachment& a : *attachments) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, a.originalName);
        item->setData(NameColumn, IdRole, a.id);
        item->setText(SizeColumn, locale.formattedDataSize(a.sizeBytes));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        const QDateTime added = QDateTime::fromString(a.createdAt, Qt::ISODateWithMs);
        item->setText(AddedColumn,
                      added.isValid() ? locale.toString(added.toLocalTime(), QLocale::ShortFormat) : a.createdAt);
        item->setToolTip(NameColumn, tr("%1\n%2, added by %3\nSHA-256 %4")
                                         .arg(a.originalName, a.mimeType,
                                              a.addedBy.isEmpty() ? tr("unknown") : a.addedBy, a.sha256));
    }
    select(current);
    updateButtons();
}

void AttachmentsPanel::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (id != 0 && item->data(NameColumn, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void AttachmentsPanel::updateButtons()
{
    const bool chosen = selectedId() != 0;
    m_open->setEnabled(chosen);
    m_remove->setEnabled(chosen);
}

void AttachmentsPanel::addFile()
{
    const QString path = FileDialog::openFile(this, tr("Attach a file"), QString(), tr("All files (*)"));
    if (path.isEmpty())
        return;
    auto added = m_store.add(m_entity, m_entityId, path);
    if (!added) {
        MessageBox::critical(this, tr("Attachment not added"), added.error());
        return;
    }
    reload();
    select(added->id);
    emit changed();
}

void AttachmentsPanel::openSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    if (!m_viewFolder || !m_viewFolder->isValid())
        m_viewFolder = std::make_unique<QTemporaryDir>();
    // The viewer gets a read-only copy, never the stored file: editing it cannot change what was attached.
    auto copy = m_store.copyForViewing(id, m_viewFolder->path());
    if (!copy) {
        MessageBox::critical(this, tr("Attachment not opened"), copy.error());
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(*copy)))
        MessageBox::critical(
            this, tr("Attachment not opened"),
            tr("No program is set up to open %1. A copy is at %2.").arg(QUrl::fromLocalFile(*copy).fileName(), *copy));
}

void AttachmentsPanel::removeSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QString name = m_list->currentItem()->text(NameColumn);
    if (!MessageBox::question(this, tr("Remove attachment"),
                              tr("Remove “%1” from this record? The file is deleted unless another record has the "
                                 "same file attached.")
                                  .arg(name)))
        return;
    if (Status s = m_store.remove(id); !s) {
        MessageBox::critical(this, tr("Attachment not removed"), s.error());
        return;
    }
    reload();
    emit changed();
}
