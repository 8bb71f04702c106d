// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/TagsDialog.h"

#include "core/Result.h"
#include "gui/MessageBox.h"
#include "models/RecordStore.h"
#include "models/TagListModel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
TagsDialog::ColorChooser& colorChooser()
{
    static TagsDialog::ColorChooser chooser;
    return chooser;
}
} // namespace

void TagsDialog::setColorChooser(ColorChooser chooser) { colorChooser() = std::move(chooser); }

TagsDialog::TagsDialog(RecordStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_model(new TagListModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Tags"));
    resize(560, 520);
    auto* layout = new QVBoxLayout(this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter tags"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TagListModel::SortRole);
    m_proxy->setFilterKeyColumn(TagListModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tags"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TagListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TagListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TagListModel::Records, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TagsDialog::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (const qint64 id = selectedId())
            emit openRequested(NavTarget{NavTarget::Kind::Tag, id});
    });

    const auto button = [this](const QString& name, const QString& text, void (TagsDialog::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };

    auto* form = new QFormLayout;
    auto* nameRow = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("A new name, or the selected tag's"));
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(button(QStringLiteral("new"), tr("&New"), &TagsDialog::createTag));
    QPushButton* rename = button(QStringLiteral("rename"), tr("&Rename"), &TagsDialog::renameTag);
    nameRow->addWidget(rename);
    form->addRow(tr("Name:"), nameRow);

    auto* colorRow = new QHBoxLayout;
    QPushButton* color = button(QStringLiteral("color"), tr("&Colour\u2026"), &TagsDialog::chooseColor);
    QPushButton* noColor = button(QStringLiteral("noColor"), tr("No Colo&ur"), &TagsDialog::clearColor);
    colorRow->addWidget(color);
    colorRow->addWidget(noColor);
    colorRow->addStretch(1);
    form->addRow(tr("Colour:"), colorRow);

    auto* mergeRow = new QHBoxLayout;
    m_mergeTarget = new QComboBox(this);
    m_mergeTarget->setObjectName(QStringLiteral("mergeTarget"));
    mergeRow->addWidget(m_mergeTarget, 1);
    m_merge = button(QStringLiteral("merge"), tr("&Merge"), &TagsDialog::mergeTag);
    mergeRow->addWidget(m_merge);
    form->addRow(tr("Merge into:"), mergeRow);
    layout->addLayout(form);

    auto* actions = new QHBoxLayout;
    QPushButton* remove = button(QStringLiteral("delete"), tr("&Delete\u2026"), &TagsDialog::deleteTag);
    auto* show = new QPushButton(tr("&Show Records"), this);
    show->setObjectName(QStringLiteral("show"));
    show->setAutoDefault(false);
    connect(show, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId())
            emit openRequested(NavTarget{NavTarget::Kind::Tag, id});
    });
    auto* undo = new QPushButton(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setAutoDefault(false);
    auto* redo = new QPushButton(tr("Re&do"), this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setAutoDefault(false);
    QUndoStack* stack = m_store.undoStack();
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QWidget::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QWidget::setEnabled);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    actions->addWidget(remove);
    actions->addWidget(show);
    actions->addStretch(1);
    actions->addWidget(undo);
    actions->addWidget(redo);
    layout->addLayout(actions);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    m_needSelection = {rename, color, noColor, remove, show};
    // Every write (here, by undo, or elsewhere in the window) is announced by the store; the list follows.
    connect(&m_store, &RecordStore::changed, this, &TagsDialog::reload);
    reload();
    m_table->setFocus();
}

qint64 TagsDialog::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(TagListModel::IdRole).toLongLong();
}

void TagsDialog::select(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexForId(id));
    if (index.isValid())
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_table->clearSelection();
    m_table->scrollTo(index);
}

void TagsDialog::reload()
{
    auto tags = m_store.tags();
    if (!tags) {
        MessageBox::critical(this, tr("Cannot read the tags"), tags.error());
        return;
    }
    m_model->setTags(*tags);
    selectionChanged();
}

void TagsDialog::selectionChanged()
{
    const qint64 id = selectedId();
    for (QPushButton* b : std::as_const(m_needSelection))
        b->setEnabled(id != 0);
    m_mergeTarget->clear();
    if (id != 0) {
        m_name->setText(m_model->tagAt(m_model->indexForId(id)).tag.name);
        QList<const TagUsage*> others;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const TagUsage& t = m_model->tagAt(m_model->index(row, 0));
            if (t.tag.id != id)
                others << &t;
        }
        std::sort(others.begin(), others.end(), [](const TagUsage* a, const TagUsage* b) {
            return a->tag.name.compare(b->tag.name, Qt::CaseInsensitive) < 0;
        });
        for (const TagUsage* t : std::as_const(others))
            m_mergeTarget->addItem(t->tag.name, t->tag.id);
    }
    m_mergeTarget->setEnabled(m_mergeTarget->count() > 0);
    m_merge->setEnabled(m_mergeTarget->count() > 0);
}

bool TagsDialog::report(const Status& status, const QString& title)
{
    if (!status)
        MessageBox::critical(this, title, status.error());
    return status.ok();
}

void TagsDialog::createTag()
{
    Tag tag{0, m_name->text().trimmed(), {}};
    if (report(m_store.createTag(tag), tr("No tag was added")))
        select(tag.id);
}

void TagsDialog::renameTag()
{
    const qint64 id = selectedId();
    if (id != 0 && report(m_store.renameTag(id, m_name->text()), tr("The tag was not renamed")))
        select(id);
}

void TagsDialog::chooseColor()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const QColor initial = QColor::fromString(m_model->tagAt(m_model->indexForId(id)).tag.color);
    const QColor chosen = colorChooser() ? colorChooser()(initial, this)
                                         : QColorDialog::getColor(initial, this, tr("Tag Colour"));
    if (!chosen.isValid())
        return;
    if (report(m_store.recolorTag(id, chosen.name(QColor::HexRgb)), tr("The colour was not changed")))
        select(id);
}

void TagsDialog::clearColor()
{
    const qint64 id = selectedId();
    if (id != 0 && report(m_store.recolorTag(id, QString()), tr("The colour was not changed")))
        select(id);
}

void TagsDialog::mergeTag()
{
    const qint64 from = selectedId();
    const qint64 into = m_mergeTarget->currentData().toLongLong();
    if (from == 0 || into == 0)
        return;
    const TagUsage& a = m_model->tagAt(m_model->indexForId(from));
    const QString intoName = m_mergeTarget->currentText();
    if (!MessageBox::question(this, tr("Merge Tags"),
                              tr("Merge \u201c%1\u201d into \u201c%2\u201d? The %n record(s) carrying \u201c%1\u201d "
                                 "will carry \u201c%2\u201d, and \u201c%1\u201d goes. Undo (Ctrl+Z) separates them again.",
                                 nullptr, a.total())
                                  .arg(a.tag.name, intoName)))
        return;
    if (report(m_store.mergeTags(from, into), tr("The tags were not merged")))
        select(into);
}

void TagsDialog::deleteTag()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const TagUsage& t = m_model->tagAt(m_model->indexForId(id));
    if (!MessageBox::question(this, tr("Delete Tag"),
                              tr("Delete the tag \u201c%1\u201d? It is on %n record(s) (%2), which lose it. Undo "
                                 "(Ctrl+Z) puts it back on them.",
                                 nullptr, t.total())
                                  .arg(t.tag.name, TagListModel::breakdown(t))))
        return;
    report(m_store.deleteTag(id), tr("The tag was not deleted"));
}
