// SPDX-License-Identifier: GPL-3.0-or-later
// The editors for countries, dialogues, fora, agreements, policy items and organizations, driven like a user would: open on a
// record of the bundled dataset, type (Japanese through the input method), save something wrong (the dialog
// stays, the message sits under the field, nothing typed is lost), fix it, save (the edits come back, id and
// version kept).
#include "core/Language.h"
#include "gui/dialogs/AgreementEditor.h"
#include "gui/dialogs/CountryChecklist.h"
#include "gui/dialogs/CountryEditor.h"
#include "gui/dialogs/DialogueEditor.h"
#include "gui/dialogs/ForumEditor.h"
#include "gui/dialogs/OrganizationEditor.h"
#include "gui/dialogs/PolicyItemEditor.h"
#include "gui/widgets/TagEdit.h"
#include "support/OrganizationFixture.h"
#include "storage/AgreementRepository.h"
#include "storage/CountryRepository.h"
#include "storage/DialogueRepository.h"
#include "storage/ForumRepository.h"
#include "storage/PolicyRepository.h"
#include "support/TestDatabase.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <memory>
#include <vector>

namespace {
template <typename T> T* child(QWidget* dialog, const QString& name)
{
    T* w = dialog->findChild<T*>(name);
    if (!w)
        qFatal("no widget %s", qPrintable(name));
    return w;
}

// What a Japanese input method delivers when the user confirms a conversion.
void typeJapanese(QWidget* w, const QString& text)
{
    w->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(w, &event);
}

void replaceText(QLineEdit* e, const QString& text)
{
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
    QTest::keyClicks(e, text);
}

void save(FormDialog& d)
{
    QTest::mouseClick(d.buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

// Types into a table cell through the cell's own editor, as a double-click and typing would.
void typeInCell(QTableWidget* table, int row, int column, const QString& text)
{
    if (!table->item(row, column))
        table->setItem(row, column, new QTableWidgetItem);
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    // The cell's editor is the one line edit living directly on the viewport (cell combo boxes are not).
    QLineEdit* editor = nullptr;
    for (QLineEdit* e : table->viewport()->findChildren<QLineEdit*>(Qt::FindDirectChildrenOnly)) {
        if (e->isVisible())
            editor = e;
    }
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call
    QCOMPARE(table->item(row, column)->text(), text);
}

// The object names Tab visits from `from`, as many as `names` holds.
QStringList tabOrder(QWidget* from, qsizetype count)
{
    QStringList out;
    QWidget* w = from;
    while (out.size() < count) {
        w = w->nextInFocusChain();
        if (w == from)
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(from->window()) && w->isEnabled())
            out << w->objectName();
    }
    return out;
}

// Whether the dialog was turned away: still showing, not accepted.
bool stayedOpen(const QDialog& d) { return d.isVisible() && d.result() != QDialog::Accepted; }

// The tag field every editor of a kind that carries tags has: it completes from the tags given, refuses a bad name
// under the field, and saves the names typed.
template <typename Editor>
void checkTagField(Editor& d)
{
    d.setKnownTags({QStringLiteral("CERT"), QStringLiteral("Norms")});
    d.show();
    auto* tags = child<TagEdit>(&d, QStringLiteral("tags"));
    QCOMPARE(tags->knownTags(), (QStringList{QStringLiteral("CERT"), QStringLiteral("Norms")}));
    replaceText(tags, QString(101, QLatin1Char('x')) + QStringLiteral(", Norms"));
    save(d);
    QVERIFY(stayedOpen(d));
    QVERIFY2(d.errorText(QStringLiteral("tags")).contains(QStringLiteral("at most 100")), qPrintable(d.errorText(QStringLiteral("tags"))));
    replaceText(tags, QStringLiteral("Norms, capacity building, norms"));
    save(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.value().tags, (QStringList{QStringLiteral("Norms"), QStringLiteral("capacity building")}));
}
} // namespace

class tst_RecordEditors : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { setUiLanguage(Lang::En); }
    void country();
    void groupingCodeIsKeptWhole();
    void dialogue();
    void forum();
    void agreement();
    void policyItem();
    void organization();
    void newRecords();
    void tagFields();
    void screenshots();

private:
    TestDatabase m_db;
    QList<Country> m_countries;
    QList<Dialogue> m_dialogues;
    QList<Forum> m_fora;
    QList<Agreement> m_agreements;
    QList<PolicyItem> m_policies;
    template <typename T> static T byKey(const QList<T>& list, const QString& key);
    QStringList codes() const;
};

template <typename T> T tst_RecordEditors::byKey(const QList<T>& list, const QString& key)
{
    for (const T& t : list) {
        if (t.key == key)
            return t;
    }
    qFatal("no record %s in the dataset", qPrintable(key));
}

QStringList tst_RecordEditors::codes() const
{
    QStringList out;
    for (const Country& c : m_countries)
        out << c.code;
    return out;
}

void tst_RecordEditors::initTestCase()
{
    const QSqlDatabase db = m_db.db().connection();
    auto countries = CountryRepository(db).all();
    auto dialogues = DialogueRepository(db).all();
    auto fora = ForumRepository(db).all();
    auto agreements = AgreementRepository(db).all();
    auto policies = PolicyRepository(db).all();
    QVERIFY2(countries && dialogues && fora && agreements && policies, "the dataset loads");
    m_countries = *countries;
    m_dialogues = *dialogues;
    m_fora = *fora;
    m_agreements = *agreements;
    m_policies = *policies;
    QVERIFY(!m_countries.isEmpty() && !m_policies.isEmpty());
}

// A grouping's code of five letters (ASEAN) is what the importer and the database accept: the editor used to cut
// it to three (ASE) as it was shown, and Save renamed the record in silence.
void tst_RecordEditors::groupingCodeIsKeptWhole()
{
    Country asean;
    asean.id = 99;
    asean.code = QStringLiteral("ASEAN");
    asean.nameEn = QStringLiteral("Association of Southeast Asian Nations");
    asean.kind = QStringLiteral("grouping");
    CountryEditor d(asean, codes());
    d.show();
    auto* code = child<QLineEdit>(&d, QStringLiteral("code"));
    QCOMPARE(code->text(), QStringLiteral("ASEAN"));
    typeJapanese(child<QPlainTextEdit>(&d, QStringLiteral("short_forms")), QStringLiteral("亜\n東南ア"));
    save(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.value().code, QStringLiteral("ASEAN"));
    QCOMPARE(d.value().shortForms, (QStringList{QStringLiteral("亜"), QStringLiteral("東南ア")}));

    // Longer than the rule: named under the field, nothing cut.
    CountryEditor tooLong(asean, codes());
    tooLong.show();
    replaceText(child<QLineEdit>(&tooLong, QStringLiteral("code")), QStringLiteral("ASEANPLUS"));
    save(tooLong);
    QVERIFY(stayedOpen(tooLong));
    QCOMPARE(child<QLineEdit>(&tooLong, QStringLiteral("code"))->text(), QStringLiteral("ASEANPLUS"));
    QVERIFY2(!tooLong.errorText(QStringLiteral("code")).isEmpty(), "no message on the code");
}

void tst_RecordEditors::country()
{
    Country original;
    for (const Country& c : m_countries) {
        if (c.code == QLatin1String("GB"))
            original = c;
    }
    QVERIFY(original.id != 0);
    CountryEditor d(original, codes());
    d.show();
    auto* code = child<QLineEdit>(&d, QStringLiteral("code"));
    auto* nameEn = child<QLineEdit>(&d, QStringLiteral("name_en"));
    auto* nameJa = child<QLineEdit>(&d, QStringLiteral("name_ja"));
    QCOMPARE(code->text(), QStringLiteral("GB"));
    QCOMPARE(nameEn->text(), original.nameEn);
    QCOMPARE(nameJa->text(), original.nameJa);
    QCOMPARE(child<QComboBox>(&d, QStringLiteral("kind"))->currentData().toString(), original.kind);
    // Tab walks the form top to bottom, English name before Japanese.
    QCOMPARE(tabOrder(code, 7), (QStringList{QStringLiteral("name_en"), QStringLiteral("name_ja"),
                                             QStringLiteral("short_forms"), QStringLiteral("iso_name_en"),
                                             QStringLiteral("iso_name_ja"), QStringLiteral("region"),
                                             QStringLiteral("kind")}));

    nameEn->end(false);
    QTest::keyClicks(nameEn, QStringLiteral(" (edited)"));
    nameJa->end(false);
    typeJapanese(nameJa, QStringLiteral("（編集）"));
    QTest::keyClicks(child<QLineEdit>(&d, QStringLiteral("region")), QStringLiteral(" North"));
    replaceText(code, QStringLiteral("JP"));
    save(d);
    QVERIFY(stayedOpen(d));
    QVERIFY2(d.errorText(QStringLiteral("code")).contains(QStringLiteral("JP")), qPrintable(d.errorText(QStringLiteral("code"))));
    QVERIFY(d.errorText(QStringLiteral("name")).isEmpty());
    QCOMPARE(nameEn->text(), original.nameEn + QStringLiteral(" (edited)"));
    QCOMPARE(nameJa->text(), original.nameJa + QStringLiteral("（編集）"));
    QCOMPARE(code->hasFocus() || !QApplication::focusWidget(), true);

    replaceText(code, QStringLiteral("gb"));
    save(d);
    QVERIFY(stayedOpen(d));
    QVERIFY(!d.errorText(QStringLiteral("code")).isEmpty());

    replaceText(code, QStringLiteral("GB"));
    save(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(d.errorText(QStringLiteral("code")).isEmpty());
    const Country v = d.value();
    QCOMPARE(v.id, original.id);
    QCOMPARE(v.version, original.version);
    QCOMPARE(v.createdAt, original.createdAt);
    QCOMPARE(v.code, QStringLiteral("GB"));
    QCOMPARE(v.nameEn, original.nameEn + QStringLiteral(" (edited)"));
    QCOMPARE(v.nameJa, original.nameJa + QStringLiteral("（編集）"));
    QCOMPARE(v.region, original.region + QStringLiteral(" North"));
    QCOMPARE(v.sources, original.sources);
}

void tst_RecordEditors::dialogue()
{
    const Dialogue original = byKey(m_dialogues, QStringLiteral("jp-gb"));
    DialogueEditor d(original, m_countries);
    d.show();
    QCOMPARE(child<QLineEdit>(&d, QStringLiteral("name_en"))->text(), original.nameEn);
    QCOMPARE(child<QLineEdit>(&d, QStringLiteral("name_ja"))->text(), original.nameJa);
    QCOMPARE(child<QComboBox>(&d, QStringLiteral("status"))->currentData().toString(), original.status);
    QVERIFY(d.partyList()->isChecked(QStringLiteral("JP")));
    QVERIFY(d.partyList()->isChecked(QStringLiteral("GB")));
    QVERIFY(!d.partyList()->isChecked(QStringLiteral("US")));
    QCOMPARE(d.partyList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("JP")); // Japan on top

    auto* lead = child<QLineEdit>(&d, QStringLiteral("lead_agency"));
    replaceText(lead, QStringLiteral("MOFA"));
    auto* note = child<QPlainTextEdit>(&d, QStringLiteral("note"));
    note->clear();
    typeJapanese(note, QStringLiteral("次回は東京で開催予定"));
    auto* firstHeld = child<QLineEdit>(&d, QStringLiteral("first_held"));
    replaceText(firstHeld, QStringLiteral("2012-13"));
    d.partyList()->setChecked(QStringLiteral("US"), true); // three parties for a bilateral dialogue
    save(d);
    QVERIFY(stayedOpen(d));
    QVERIFY(!d.errorText(QStringLiteral("first_held")).isEmpty());
    QVERIFY(d.errorText(QStringLiteral("parties")).contains(QStringLiteral("3")));
    QVERIFY(d.errorText(QStringLiteral("name")).isEmpty());
    QCOMPARE(lead->text(), QStringLiteral("MOFA"));
    QCOMPARE(note->toPlainText(), QStringLiteral("次回は東京で開催予定"));
    QVERIFY(firstHeld->hasFocus() || !QApplication::focusWidget());

    replaceText(firstHeld, QStringLiteral("2012-10"));
    d.partyList()->setChecked(QStringLiteral("US"), false);
    save(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const Dialogue v = d.value();
    QCOMPARE(v.id, original.id);
    QCOMPARE(v.version, original.version);
    QCOMPARE(v.key, original.key);
    QCOMPARE(v.parties, (QStringList{QStringLiteral("JP"), QStringLiteral("GB")}));
    QCOMPARE(v.firstHeld, QStringLiteral("2012-10"));
    QCOMPARE(v.leadAgency, QStringLiteral("MOFA"));
    QCOMPARE(v.note, QStringLiteral("次回は東京で開催予定"));
    QCOMPARE(v.nameEn, original.nameEn);
}

void tst_RecordEditors::forum()
{
    const Forum original = byKey(m_fora, QStringLiteral("asean-japan-summit"));
    QVERIFY(original.members.size() > 2);
    ForumEditor d(original, m_countries);
    d.show();
    QCOMPARE(child<QLineEdit>(&d, QStringLiteral("name_en"))->text(), original.nameEn);
    QCOMPARE(child<QLineEdit>(&d, QStringLiteral("kind"))->text(), original.kind);
    QTableWidget* members = d.memberTable();
    QCOMPARE(members->rowCount(), original.members.size());
    QCOMPARE(static_cast<QComboBox*>(members->cellWidget(0, 0))->currentData().toString(), original.members[0].country);

    auto* url = child<QLineEdit>(&d, QStringLiteral("url"));
    replaceText(url, QStringLiteral("www.example.org"));
    auto* japanStatus = child<QLineEdit>(&d, QStringLiteral("japan_status"));
    japanStatus->clear();
    typeJapanese(japanStatus, QStringLiteral("対話国"));
    QTest::mouseClick(child<QPushButton>(&d, QStringLiteral("memberTable_add")), Qt::LeftButton);
    QCOMPARE(members->rowCount(), original.members.size() + 1);
    const int added = members->rowCount() - 1;
    auto* country = static_cast<QComboBox*>(members->cellWidget(added, 0));
    country->setCurrentIndex(country->findData(QStringLiteral("US")));
    typeInCell(members, added, 1, QStringLiteral("2020-11"));
    save(d);
    QVERIFY(stayedOpen(d));
    QVERIFY(d.errorText(QStringLiteral("url")).contains(QStringLiteral("www.example.org")));
    QVERIFY(d.errorText(QStringLiteral("members")).isEmpty());
    QCOMPARE(japanStatus->text(), QStringLiteral("対話国"));
    QCOMPARE(members->rowCount(), original.members.size() + 1);

    // A member entered twice is caught under the table.
    replaceText(url, QStringLiteral("https://www.example.org"));
    country->setCurrentIndex(country->findData(original.members[0].country));
    save(d);
    QVERIFY(stayedOpen(d));
    QVERIFY(d.errorText(QStringLiteral("url")).isEmpty());
    QVERIFY(!d.errorText(QStringLiteral("members")).isEmpty());

    country->setCurrentIndex(country->findData(QStringLiteral("US")));
    save(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const Forum v = d.value();
    QCOMPARE(v.id, original.id);
    QCOMPARE(v.version, original.version);
    QCOMPARE(v.key, original.key);
    QCOMPARE(v.url, QStringLiteral("https://www.example.org"));
    QCOMPARE(v.japanStatus, QStringLiteral("対話国"));
    QCOMPARE(v.members.mid(0, original.members.size()), original.members);
    QCOMPARE(v.members.last(), (ForumMember{QStringLiteral("US"), QStringLiteral("2020-11")}));

    // Remove takes the current row away.
    members->setCurrentCell(0, 1);
    QTest::mouseClick(child<QPushButton>(&d, QStringLiteral("memberTable_remove")), Qt::LeftButton);
    QCOMPARE(d.value().members.size(), original.members.size());
    QCOMPARE(d.value().members.first(), original.members[1]);
}

void tst_RecordEditors::agreement()
{
    const Agreement original = byKey(m_agreements, QStringLiteral("jp-gb-hiroshima-accord-2023-05"));
    AgreementEditor d(original, m_countries, m_dialogues, m_policies);
    d.show();
    QCOMPARE(child<QLineEdit>(&d, QStringLiteral("title_en"))->text(), original.titleEn);
    QCOMPARE(child<QLineEdit>(&d, QStringLiteral("title_ja"))->text(), original.titleJa);
    QCOMPARE(child<QLineEdit>(&d, QStringLiteral("signed_date"))->text(), original.signedDate);
    QCOMPARE(child<QComboBox>(&d, QStringLiteral("status"))->currentData().toString(), original.status);
    QCOMPARE(child<QComboBox>(&d, QStringLiteral("dialogue"))->currentData().toString(), QStringLiteral("jp-gb"));
    QVERIFY(d.partyList()->isChecked(QStringLiteral("GB")));

    auto* titleJa = child<QLineEdit>(&d, QStringLiteral("title_ja"));
    titleJa->clear();
    typeJapanese(titleJa, QStringLiteral("広島アコード（改）"));
    auto* review = child<QLineEdit>(&d, QStringLiteral("review_date"));
    QTest::keyClicks(review, QStringLiteral("2026-05"));
    auto* expiry = child<QLineEdit>(&d, QStringLiteral("expiry_date"));
    replaceText(expiry, QStringLiteral("2022-12"));
    save(d);
    QVERIFY(stayedOpen(d));
    QVERIFY(d.errorText(QStringLiteral("expiry_date")).contains(QStringLiteral("2022-12")));
    QVERIFY(d.errorText(QStringLiteral("review_date")).isEmpty());
    QCOMPARE(titleJa->text(), QStringLiteral("広島アコード（改）"));
    QCOMPARE(review->text(), QStringLiteral("2026-05"));

    replaceText(expiry, QStringLiteral("2028-05"));
    auto* dialogue = child<QComboBox>(&d, QStringLiteral("dialogue"));
    dialogue->setCurrentIndex(0); // (none)
    auto* cited = child<QListWidget>(&d, QStringLiteral("cited"));
    QVERIFY(cited->count() > 1);
    QCOMPARE(cited->item(1)->checkState(), Qt::Unchecked);
    cited->item(1)->setCheckState(Qt::Checked);
    save(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const Agreement v = d.value();
    QCOMPARE(v.id, original.id);
    QCOMPARE(v.version, original.version);
    QCOMPARE(v.key, original.key);
    QCOMPARE(v.titleJa, QStringLiteral("広島アコード（改）"));
    QCOMPARE(v.titleEn, original.titleEn);
    QCOMPARE(v.expiryDate, QStringLiteral("2028-05"));
    QCOMPARE(v.reviewDate, QStringLiteral("2026-05"));
    QCOMPARE(v.dialogue, QString());
    QCOMPARE(v.parties, original.parties);
    QCOMPARE(v.citedProvisions.size(), 1);
    QCOMPARE(v.citedKeys.size(), 1);
    QCOMPARE(v.citedProvisions.first(), cited->item(1)->data(Qt::UserRole).toLongLong());

    // Unticking every article cites none: the keys read with the record do not bring one back.
    Agreement citing = original;
    citing.citedProvisions = v.citedProvisions;
    citing.citedKeys = v.citedKeys;
    AgreementEditor again(citing, m_countries, m_dialogues, m_policies);
    auto* list = child<QListWidget>(&again, QStringLiteral("cited"));
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    list->item(1)->setCheckState(Qt::Unchecked);
    QVERIFY(again.value().citedProvisions.isEmpty());
    QVERIFY(again.value().citedKeys.isEmpty());
}

void tst_RecordEditors::policyItem()
{
    const PolicyItem original = byKey(m_policies, QStringLiteral("basic-act-2014"));
    QCOMPARE(original.provisions.size(), 2);
    PolicyItemEditor d(original);
    d.show();
    QCOMPARE(child<QLineEdit>(&d, QStringLiteral("title_ja"))->text(), original.titleJa);
    QCOMPARE(child<QLineEdit>(&d, QStringLiteral("law_number"))->text(), original.lawNumber);
    QTableWidget* table = d.provisionTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), original.provisions[0].article);
    QCOMPARE(table->item(0, 2)->text(), original.provisions[0].labelJa);
    // Tab leaves the table for its buttons rather than wandering through every cell.
    QCOMPARE(tabOrder(table, 4), (QStringList{QStringLiteral("provisionTable_add"), QStringLiteral("provisionTable_remove"),
                                              QStringLiteral("tags"), QStringLiteral("classification")}));

    auto* issuedBy = child<QLineEdit>(&d, QStringLiteral("issued_by"));
    issuedBy->clear();
    typeJapanese(issuedBy, QStringLiteral("国会"));
    typeInCell(table, 1, 3, QStringLiteral("Cybersecurity Strategy"));
    QTest::mouseClick(child<QPushButton>(&d, QStringLiteral("provisionTable_add")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 3);
    typeInCell(table, 2, 0, original.provisions[0].article); // the same article again
    typeInCell(table, 2, 1, QStringLiteral("Article 13"));
    save(d);
    QVERIFY(stayedOpen(d));
    QVERIFY2(d.errorText(QStringLiteral("provisions")).contains(original.provisions[0].article),
             qPrintable(d.errorText(QStringLiteral("provisions"))));
    QVERIFY(d.errorText(QStringLiteral("title")).isEmpty());
    QCOMPARE(issuedBy->text(), QStringLiteral("国会"));
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("Article 13"));

    typeInCell(table, 2, 0, QStringLiteral("13"));
    save(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const PolicyItem v = d.value();
    QCOMPARE(v.id, original.id);
    QCOMPARE(v.version, original.version);
    QCOMPARE(v.key, original.key);
    QCOMPARE(v.issuedBy, QStringLiteral("国会"));
    QCOMPARE(v.provisions.size(), 3);
    // Existing provisions keep their ids (citations point at them), keys and sources.
    for (int i = 0; i < 2; ++i) {
        QVERIFY(original.provisions[i].id != 0);
        QCOMPARE(v.provisions[i].id, original.provisions[i].id);
        QCOMPARE(v.provisions[i].key, original.provisions[i].key);
        QCOMPARE(v.provisions[i].sources, original.provisions[i].sources);
        QCOMPARE(v.provisions[i].version, original.provisions[i].version);
    }
    QCOMPARE(v.provisions[0], original.provisions[0]);
    QCOMPARE(v.provisions[1].subjectEn, QStringLiteral("Cybersecurity Strategy"));
    QCOMPARE(v.provisions[2].id, qint64(0));
    QCOMPARE(v.provisions[2].article, QStringLiteral("13"));
    QCOMPARE(v.provisions[2].labelEn, QStringLiteral("Article 13"));

    // Removing a provision drops it from the value (the caller decides whether citations allow it).
    table->setCurrentCell(0, 0);
    QTest::mouseClick(child<QPushButton>(&d, QStringLiteral("provisionTable_remove")), Qt::LeftButton);
    QCOMPARE(d.value().provisions.size(), 2);
    QCOMPARE(d.value().provisions[0].id, original.provisions[1].id);
}

void tst_RecordEditors::organization()
{
    // A new one: nothing typed is refused under the name; a bad address under the web site.
    Organization fresh;
    fresh.country = QStringLiteral("FR"); // as when made from a country's page
    OrganizationEditor d(fresh, m_countries, {QStringLiteral("ministry"), QStringLiteral("national CERT")});
    d.show();
    QCOMPARE(d.windowTitle(), QStringLiteral("New Organization"));
    auto* acronym = child<QLineEdit>(&d, QStringLiteral("acronym"));
    auto* url = child<QLineEdit>(&d, QStringLiteral("url"));
    auto* kind = child<QLineEdit>(&d, QStringLiteral("kind"));
    auto* country = child<QComboBox>(&d, QStringLiteral("country"));
    QCOMPARE(country->currentData().toString(), QStringLiteral("FR"));
    QCOMPARE(tabOrder(acronym, 4), (QStringList{QStringLiteral("name_en"), QStringLiteral("name_ja"),
                                                QStringLiteral("kind"), QStringLiteral("country")}));
    save(d);
    QVERIFY(stayedOpen(d));
    QVERIFY2(d.errorText(QStringLiteral("name")).contains(QStringLiteral("acronym")),
             qPrintable(d.errorText(QStringLiteral("name"))));
    QVERIFY(d.errorText(QStringLiteral("url")).isEmpty());

    QTest::keyClicks(acronym, QStringLiteral("TESTCERT"));
    typeJapanese(child<QLineEdit>(&d, QStringLiteral("name_ja")), QStringLiteral("テスト緊急対応チーム"));
    QTest::keyClicks(url, QStringLiteral("cert.example.org"));
    save(d);
    QVERIFY(stayedOpen(d));
    QVERIFY(d.errorText(QStringLiteral("name")).isEmpty());
    QVERIFY2(d.errorText(QStringLiteral("url")).contains(QStringLiteral("cert.example.org")),
             qPrintable(d.errorText(QStringLiteral("url"))));
    QCOMPARE(acronym->text(), QStringLiteral("TESTCERT")); // nothing typed is lost

    replaceText(url, QStringLiteral("https://cert.example.org/"));
    // The kinds in use are offered while typing.
    QVERIFY(kind->completer());
    kind->completer()->setCompletionPrefix(QStringLiteral("cert"));
    QCOMPARE(kind->completer()->currentCompletion(), QStringLiteral("national CERT"));
    QTest::keyClicks(kind, QStringLiteral("national CERT"));
    save(d);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const Organization v = d.value();
    QCOMPARE(v.id, qint64(0));
    QCOMPARE(v.acronym, QStringLiteral("TESTCERT"));
    QCOMPARE(v.nameJa, QStringLiteral("テスト緊急対応チーム"));
    QCOMPARE(v.kind, QStringLiteral("national CERT"));
    QCOMPARE(v.country, QStringLiteral("FR"));
    QCOMPARE(v.url, QStringLiteral("https://cert.example.org/"));

    // An existing one keeps its id, version and sources; its country can be cleared.
    Organization stored = v;
    stored.id = 42;
    stored.version = 3;
    stored.sources = {QStringLiteral("https://example.org/cert")};
    OrganizationEditor e(stored, m_countries, {});
    e.show();
    QCOMPARE(e.windowTitle(), QStringLiteral("Edit Organization"));
    QCOMPARE(child<QLineEdit>(&e, QStringLiteral("name_ja"))->text(), QStringLiteral("テスト緊急対応チーム"));
    auto* nameEn = child<QLineEdit>(&e, QStringLiteral("name_en"));
    QTest::keyClicks(nameEn, QStringLiteral("Test Computer Emergency Response Team"));
    child<QComboBox>(&e, QStringLiteral("country"))->setCurrentIndex(0);
    child<TagEdit>(&e, QStringLiteral("tags"))->setTags({QStringLiteral("CERT"), QStringLiteral("Regulator")});
    save(e);
    QCOMPARE(e.result(), int(QDialog::Accepted));
    const Organization w = e.value();
    QCOMPARE(w.tags, (QStringList{QStringLiteral("CERT"), QStringLiteral("Regulator")}));
    QCOMPARE(w.id, qint64(42));
    QCOMPARE(w.version, 3);
    QCOMPARE(w.sources, stored.sources);
    QCOMPARE(w.nameEn, QStringLiteral("Test Computer Emergency Response Team"));
    QVERIFY(w.country.isEmpty());
}

void tst_RecordEditors::newRecords()
{
    // An empty form is refused with a message under the name, and nothing is made up for the user.
    CountryEditor c(Country{}, codes());
    c.show();
    save(c);
    QVERIFY(stayedOpen(c));
    QVERIFY(!c.errorText(QStringLiteral("code")).isEmpty());
    QVERIFY(!c.errorText(QStringLiteral("name")).isEmpty());
    QCOMPARE(c.windowTitle(), QStringLiteral("New Country"));

    Dialogue nd;
    DialogueEditor dlg(nd, m_countries);
    dlg.show();
    typeJapanese(child<QLineEdit>(&dlg, QStringLiteral("name_ja")), QStringLiteral("日米豪印サイバー対話"));
    dlg.partyList()->setChecked(QStringLiteral("US"), true);
    dlg.partyList()->setChecked(QStringLiteral("JP"), true);
    save(dlg);
    QVERIFY(dlg.errorText(QStringLiteral("name")).isEmpty());
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QCOMPARE(dlg.value().parties, (QStringList{QStringLiteral("JP"), QStringLiteral("US")})); // Japan first
    QCOMPARE(dlg.value().id, qint64(0));

    PolicyItemEditor p(PolicyItem{});
    p.show();
    QTest::keyClicks(child<QLineEdit>(&p, QStringLiteral("title_en")), QStringLiteral("Test Strategy"));
    QTest::mouseClick(child<QPushButton>(&p, QStringLiteral("provisionTable_add")), Qt::LeftButton);
    save(p); // a blank row added by mistake is not a provision
    QCOMPARE(p.result(), int(QDialog::Accepted));
    QVERIFY(p.value().provisions.isEmpty());
}

void tst_RecordEditors::screenshots()
{
    // Pictures for a person to look at; set LIAISON_SCREENSHOTS to a folder to get them.
    const QString dir = qEnvironmentVariable("LIAISON_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("LIAISON_SCREENSHOTS not set");
    QDir().mkpath(dir);
    for (const Lang lang : {Lang::En, Lang::Ja}) {
        setUiLanguage(lang);
        const QString suffix = lang == Lang::En ? QStringLiteral("en") : QStringLiteral("ja");
        Country gb;
        for (const Country& c : m_countries) {
            if (c.code == QLatin1String("GB"))
                gb = c;
        }
        std::vector<std::unique_ptr<FormDialog>> dialogs;
        dialogs.push_back(std::make_unique<CountryEditor>(gb, codes()));
        dialogs.push_back(std::make_unique<DialogueEditor>(byKey(m_dialogues, QStringLiteral("jp-gb")), m_countries));
        dialogs.push_back(std::make_unique<ForumEditor>(byKey(m_fora, QStringLiteral("asean-japan-summit")), m_countries));
        dialogs.push_back(std::make_unique<AgreementEditor>(
            byKey(m_agreements, QStringLiteral("jp-gb-hiroshima-accord-2023-05")), m_countries, m_dialogues, m_policies));
        dialogs.push_back(std::make_unique<PolicyItemEditor>(byKey(m_policies, QStringLiteral("basic-act-2014"))));
        dialogs.push_back(std::make_unique<OrganizationEditor>(OrganizationFixture::cert(), m_countries,
                                                               QStringList{QStringLiteral("national CERT")}));
        for (auto& d : dialogs) {
            d->show();
            QVERIFY(d->grab().save(QStringLiteral("%1/%2_%3.png").arg(dir, d->objectName(), suffix)));
        }
        // A new country saved empty: how the messages under the fields look.
        CountryEditor empty(Country{}, codes());
        empty.show();
        empty.accept();
        QVERIFY(empty.isVisible());
        QVERIFY(empty.grab().save(QStringLiteral("%1/CountryEditor_errors_%2.png").arg(dir, suffix)));
    }
}

void tst_RecordEditors::tagFields()
{
    {
        CountryEditor d(m_countries.first(), codes());
        checkTagField(d);
    }
    {
        DialogueEditor d(m_dialogues.first(), m_countries);
        checkTagField(d);
    }
    {
        ForumEditor d(m_fora.first(), m_countries);
        checkTagField(d);
    }
    {
        AgreementEditor d(m_agreements.first(), m_countries, m_dialogues, m_policies);
        checkTagField(d);
    }
    {
        PolicyItemEditor d(m_policies.first());
        checkTagField(d);
    }
    {
        OrganizationEditor d(OrganizationFixture::cert(), m_countries, {});
        checkTagField(d);
    }
}

QTEST_MAIN(tst_RecordEditors)
#include "tst_RecordEditors.moc"
