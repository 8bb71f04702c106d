// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of every record kind: a case that breaks it (the error must sit on exactly the named field) and a
// case that passes. Each row starts from a valid record and changes one thing.
#include "core/Validation.h"
#include "support/OrganizationFixture.h"

#include <QTest>

#include <functional>

using EventEdit = std::function<void(Event&)>;
using ActionEdit = std::function<void(Action&)>;
using CountryEdit = std::function<void(Country&)>;
using DialogueEdit = std::function<void(Dialogue&)>;
using ForumEdit = std::function<void(Forum&)>;
using AgreementEdit = std::function<void(Agreement&)>;
using PolicyEdit = std::function<void(PolicyItem&)>;
using OrganizationEdit = std::function<void(Organization&)>;
using ProvisionEdit = std::function<void(Provision&)>;
Q_DECLARE_METATYPE(EventEdit)
Q_DECLARE_METATYPE(ActionEdit)
Q_DECLARE_METATYPE(CountryEdit)
Q_DECLARE_METATYPE(DialogueEdit)
Q_DECLARE_METATYPE(ForumEdit)
Q_DECLARE_METATYPE(AgreementEdit)
Q_DECLARE_METATYPE(PolicyEdit)
Q_DECLARE_METATYPE(OrganizationEdit)
Q_DECLARE_METATYPE(ProvisionEdit)

namespace {
const QString kLong501 = QString(501, QLatin1Char('x'));
const QString kLong20001 = QString(20001, QLatin1Char('x'));
const QString kBadUrl = QStringLiteral("not a web address");

Event validEvent()
{
    Event e;
    e.titleEn = QStringLiteral("Japan-Testland Cyber Dialogue");
    e.startDate = QStringLiteral("2024-03-01");
    e.endDate = QStringLiteral("2024-03-02");
    e.sources = {QStringLiteral("https://example.org/a")};
    return e;
}
Action validAction()
{
    Action a;
    a.description = QStringLiteral("Share the contact list");
    a.dueDate = QStringLiteral("2024-06");
    return a;
}
Country validCountry()
{
    Country c;
    c.code = QStringLiteral("TL");
    c.nameEn = QStringLiteral("Testland");
    c.sources = {QStringLiteral("https://example.org/c")};
    return c;
}
Dialogue validDialogue()
{
    Dialogue d;
    d.nameEn = QStringLiteral("Japan-Testland Cyber Dialogue");
    d.parties = {QStringLiteral("JP"), QStringLiteral("TL")};
    d.firstHeld = QStringLiteral("2015");
    return d;
}
Forum validForum()
{
    Forum f;
    f.nameEn = QStringLiteral("Test Forum");
    f.url = QStringLiteral("https://example.org/forum");
    f.members = {{QStringLiteral("JP"), QStringLiteral("2004")}, {QStringLiteral("TL"), QString()}};
    return f;
}
Agreement validAgreement()
{
    Agreement a;
    a.titleEn = QStringLiteral("Memorandum of Cooperation");
    a.parties = {QStringLiteral("JP"), QStringLiteral("TL")};
    a.signedDate = QStringLiteral("2020-05-01");
    a.expiryDate = QStringLiteral("2025-05-01");
    return a;
}
Provision validProvision()
{
    Provision p;
    p.article = QStringLiteral("24");
    p.labelEn = QStringLiteral("Article 24");
    p.labelJa = QStringLiteral("第24条");
    return p;
}
PolicyItem validPolicy()
{
    PolicyItem p;
    p.titleEn = QStringLiteral("Test Act");
    p.date = QStringLiteral("2014-11");
    Provision second = validProvision();
    second.article = QStringLiteral("12");
    p.provisions = {validProvision(), second};
    return p;
}

// `expected` empty: no errors at all; otherwise errors only on that field (and at least one).
void checkErrors(const QList<FieldError>& errors, const QString& expected)
{
    if (expected.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).field + QStringLiteral(": ") + errors.value(0).message));
        return;
    }
    QVERIFY2(!errors.isEmpty(), qPrintable(QStringLiteral("no error, expected one on ") + expected));
    for (const FieldError& e : errors) {
        QCOMPARE(e.field, expected);
        QVERIFY(!e.message.isEmpty());
    }
}
} // namespace

class tst_Validation : public QObject
{
    Q_OBJECT
private slots:
    void event_data();
    void event();
    void action_data();
    void action();
    void country_data();
    void country();
    void dialogue_data();
    void dialogue();
    void forum_data();
    void forum();
    void agreement_data();
    void agreement();
    void organization_data();
    void organization();
    void policyItem_data();
    void policyItem();
    void provision_data();
    void provision();
    void messagesNameTheValue();
};

void tst_Validation::event_data()
{
    QTest::addColumn<EventEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << EventEdit([](Event&) {}) << QString();
    QTest::newRow("title missing") << EventEdit([](Event& e) { e.titleEn.clear(); }) << "title";
    QTest::newRow("title blank") << EventEdit([](Event& e) { e.titleEn = QStringLiteral("  "); }) << "title";
    QTest::newRow("title Japanese only") << EventEdit([](Event& e) { e.titleEn.clear(); e.titleJa = QStringLiteral("日米サイバー対話"); }) << QString();
    QTest::newRow("title too long") << EventEdit([](Event& e) { e.titleEn = kLong501; }) << "title";
    QTest::newRow("title at limit") << EventEdit([](Event& e) { e.titleEn = QString(500, QLatin1Char('x')); }) << QString();
    QTest::newRow("Japanese title too long") << EventEdit([](Event& e) { e.titleJa = QString(501, QChar(0x65E5)); }) << "title";
    QTest::newRow("start not a date") << EventEdit([](Event& e) { e.startDate = QStringLiteral("2024-13-01"); e.endDate.clear(); }) << "start_date";
    QTest::newRow("start year only") << EventEdit([](Event& e) { e.startDate = QStringLiteral("2024"); e.endDate.clear(); }) << QString();
    QTest::newRow("end not a date") << EventEdit([](Event& e) { e.endDate = QStringLiteral("2024-02-30"); }) << "end_date";
    QTest::newRow("end before start") << EventEdit([](Event& e) { e.endDate = QStringLiteral("2024-02-28"); }) << "end_date";
    QTest::newRow("end same day") << EventEdit([](Event& e) { e.endDate = e.startDate; }) << QString();
    QTest::newRow("round zero") << EventEdit([](Event& e) { e.roundNumber = 0; e.dialogueId = 1; }) << "round_number";
    QTest::newRow("round too high") << EventEdit([](Event& e) { e.roundNumber = 10001; e.dialogueId = 1; }) << "round_number";
    QTest::newRow("round without dialogue") << EventEdit([](Event& e) { e.roundNumber = 3; }) << "round_number";
    QTest::newRow("round of a forum") << EventEdit([](Event& e) { e.roundNumber = 3; e.forum = QStringLiteral("arf"); }) << QString();
    QTest::newRow("summary too long") << EventEdit([](Event& e) { e.summary = kLong20001; }) << "summary";
    QTest::newRow("outcome too long") << EventEdit([](Event& e) { e.outcome = kLong20001; }) << "outcome";
    QTest::newRow("note too long") << EventEdit([](Event& e) { e.note = kLong20001; }) << "note";
    QTest::newRow("place too long") << EventEdit([](Event& e) { e.place = kLong20001; }) << "place";
    QTest::newRow("source not a url") << EventEdit([](Event& e) { e.sources << kBadUrl; }) << "sources";
    QTest::newRow("source ftp") << EventEdit([](Event& e) { e.sources = {QStringLiteral("ftp://example.org/x")}; }) << "sources";
    QTest::newRow("participant empty") << EventEdit([](Event& e) { e.participants = {Participant{}}; }) << "participants";
    QTest::newRow("participant by name") << EventEdit([](Event& e) { Participant p; p.name = QStringLiteral("NISC"); e.participants = {p}; }) << QString();
    QTest::newRow("participant by organization") << EventEdit([](Event& e) { Participant p; p.organizationId = 7; e.participants = {p}; }) << QString();
    // Control characters, direction overrides and broken Unicode, the same rules as an import's.
    QTest::newRow("NUL in title") << EventEdit([](Event& e) {
        e.titleEn = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
    }) << "title";
    QTest::newRow("escape in place") << EventEdit([](Event& e) { e.place = QStringLiteral("a\x1b[31mb"); }) << "place";
    QTest::newRow("line break in title") << EventEdit([](Event& e) { e.titleEn = QStringLiteral("a\nb"); }) << "title";
    QTest::newRow("tab in title") << EventEdit([](Event& e) { e.titleEn = QStringLiteral("a\tb"); }) << "title";
    QTest::newRow("line breaks and tab in note")
        << EventEdit([](Event& e) { e.note = QStringLiteral("a\r\n\tb"); }) << QString();
    QTest::newRow("NUL in note") << EventEdit([](Event& e) { e.note = QStringLiteral("a") + QChar(0); }) << "note";
    QTest::newRow("C1 control in summary")
        << EventEdit([](Event& e) { e.summary = QStringLiteral("a") + QChar(0x85); }) << "summary";
    QTest::newRow("override in title") << EventEdit([](Event& e) {
        e.titleEn = QStringLiteral("a") + QChar(0x202E) + QStringLiteral("b");
    }) << "title";
    QTest::newRow("isolate in Japanese title")
        << EventEdit([](Event& e) { e.titleJa = QStringLiteral("a") + QChar(0x2067); }) << "title";
    QTest::newRow("override in a delegation head")
        << EventEdit([](Event& e) { e.delegationHeads = {QStringLiteral("a") + QChar(0x202D)}; }) << "delegation_heads";
    QTest::newRow("right-to-left mark kept")
        << EventEdit([](Event& e) { e.titleEn = QStringLiteral("a") + QChar(0x200F); }) << QString();
    QTest::newRow("lone surrogate in title")
        << EventEdit([](Event& e) { e.titleEn = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"); })
        << "title";
    QTest::newRow("pair kept") << EventEdit([](Event& e) { e.titleEn = QStringLiteral("a\U0001F600b"); }) << QString();
    QTest::newRow("control in participant") << EventEdit([](Event& e) {
        Participant p;
        p.name = QStringLiteral("a\x07");
        e.participants = {p};
    }) << "participants";
    QTest::newRow("control in a tag") << EventEdit([](Event& e) { e.tags = {QStringLiteral("a\x01")}; }) << "tags";
    // Dates the database accepts: years 1000 to 2999.
    QTest::newRow("year 3000") << EventEdit([](Event& e) {
        e.startDate = QStringLiteral("3000");
        e.endDate.clear();
    }) << "start_date";
    QTest::newRow("year 9999") << EventEdit([](Event& e) {
        e.startDate = QStringLiteral("9999-12-31");
        e.endDate.clear();
    }) << "start_date";
    QTest::newRow("year 2999") << EventEdit([](Event& e) {
        e.startDate = QStringLiteral("2999-12-31");
        e.endDate.clear();
    }) << QString();
}

void tst_Validation::event()
{
    QFETCH(EventEdit, edit);
    QFETCH(QString, field);
    Event e = validEvent();
    edit(e);
    checkErrors(Validation::event(e), field);
}

void tst_Validation::action_data()
{
    QTest::addColumn<ActionEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << ActionEdit([](Action&) {}) << QString();
    QTest::newRow("description missing") << ActionEdit([](Action& a) { a.description = QStringLiteral(" "); }) << "description";
    QTest::newRow("description too long") << ActionEdit([](Action& a) { a.description = QString(4001, QLatin1Char('x')); }) << "description";
    QTest::newRow("description Japanese") << ActionEdit([](Action& a) { a.description = QStringLiteral("連絡先を共有する"); }) << QString();
    QTest::newRow("due not a date") << ActionEdit([](Action& a) { a.dueDate = QStringLiteral("next week"); }) << "due_date";
    QTest::newRow("no due date") << ActionEdit([](Action& a) { a.dueDate.clear(); }) << QString();
    QTest::newRow("owner too long") << ActionEdit([](Action& a) { a.owner = kLong501; }) << "owner";
    QTest::newRow("source not a url") << ActionEdit([](Action& a) { a.sources = {kBadUrl}; }) << "sources";
}

void tst_Validation::action()
{
    QFETCH(ActionEdit, edit);
    QFETCH(QString, field);
    Action a = validAction();
    edit(a);
    checkErrors(Validation::action(a), field);
}

void tst_Validation::country_data()
{
    QTest::addColumn<CountryEdit>("edit");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("field");
    const QStringList none;
    QTest::newRow("valid") << CountryEdit([](Country&) {}) << none << QString();
    QTest::newRow("code missing") << CountryEdit([](Country& c) { c.code.clear(); }) << none << "code";
    QTest::newRow("code lower case") << CountryEdit([](Country& c) { c.code = QStringLiteral("jp"); }) << none << "code";
    QTest::newRow("code one letter") << CountryEdit([](Country& c) { c.code = QStringLiteral("J"); }) << none << "code";
    QTest::newRow("code nine letters") << CountryEdit([](Country& c) { c.code = QStringLiteral("ASEANPLUS"); }) << none << "code";
    QTest::newRow("code of a grouping") << CountryEdit([](Country& c) { c.code = QStringLiteral("ASEAN"); }) << none << QString();
    QTest::newRow("code mixed case") << CountryEdit([](Country& c) { c.code = QStringLiteral("Jp"); }) << none << "code";
    QTest::newRow("code punctuation") << CountryEdit([](Country& c) { c.code = QStringLiteral("J-"); }) << none << "code";
    QTest::newRow("code three letters") << CountryEdit([](Country& c) { c.code = QStringLiteral("TLD"); }) << none << QString();
    QTest::newRow("code with digit") << CountryEdit([](Country& c) { c.code = QStringLiteral("X1"); }) << none << QString();
    QTest::newRow("code taken") << CountryEdit([](Country&) {}) << QStringList{QStringLiteral("JP"), QStringLiteral("TL")} << "code";
    QTest::newRow("code free") << CountryEdit([](Country&) {}) << QStringList{QStringLiteral("JP")} << QString();
    QTest::newRow("no name") << CountryEdit([](Country& c) { c.nameEn.clear(); }) << none << "name";
    QTest::newRow("Japanese name only") << CountryEdit([](Country& c) { c.nameEn.clear(); c.nameJa = QStringLiteral("テストランド"); }) << none << QString();
    QTest::newRow("name too long") << CountryEdit([](Country& c) { c.nameJa = QString(201, QChar(0x65E5)); }) << none << "name";
    QTest::newRow("ISO name en too long") << CountryEdit([](Country& c) { c.isoNameEn = kLong501; }) << none << "iso_name_en";
    QTest::newRow("ISO name ja too long") << CountryEdit([](Country& c) { c.isoNameJa = kLong501; }) << none << "iso_name_ja";
    QTest::newRow("region too long") << CountryEdit([](Country& c) { c.region = QString(201, QLatin1Char('r')); }) << none << "region";
    QTest::newRow("kind unknown") << CountryEdit([](Country& c) { c.kind = QStringLiteral("planet"); }) << none << "kind";
    QTest::newRow("kind union") << CountryEdit([](Country& c) { c.kind = QStringLiteral("union"); }) << none << QString();
    QTest::newRow("note too long") << CountryEdit([](Country& c) { c.note = kLong20001; }) << none << "note";
    QTest::newRow("source not a url") << CountryEdit([](Country& c) { c.sources << kBadUrl; }) << none << "sources";
}

void tst_Validation::country()
{
    QFETCH(CountryEdit, edit);
    QFETCH(QStringList, taken);
    QFETCH(QString, field);
    Country c = validCountry();
    edit(c);
    checkErrors(Validation::country(c, taken), field);
}

void tst_Validation::dialogue_data()
{
    QTest::addColumn<DialogueEdit>("edit");
    QTest::addColumn<QString>("field");
    const QString jp = QStringLiteral("JP"), us = QStringLiteral("US"), au = QStringLiteral("AU"), in = QStringLiteral("IN");
    QTest::newRow("valid") << DialogueEdit([](Dialogue&) {}) << QString();
    QTest::newRow("no name") << DialogueEdit([](Dialogue& d) { d.nameEn.clear(); }) << "name";
    QTest::newRow("Japanese name only") << DialogueEdit([](Dialogue& d) { d.nameEn.clear(); d.nameJa = QStringLiteral("日テ対話"); }) << QString();
    QTest::newRow("name too long") << DialogueEdit([](Dialogue& d) { d.nameEn = QString(301, QLatin1Char('x')); }) << "name";
    QTest::newRow("kind unknown") << DialogueEdit([](Dialogue& d) { d.kind = QStringLiteral("global"); }) << "kind";
    QTest::newRow("party twice") << DialogueEdit([jp](Dialogue& d) { d.parties = {jp, jp}; }) << "parties";
    QTest::newRow("party without code") << DialogueEdit([jp](Dialogue& d) { d.parties = {jp, QString()}; }) << "parties";
    QTest::newRow("bilateral with one") << DialogueEdit([jp](Dialogue& d) { d.parties = {jp}; }) << "parties";
    QTest::newRow("bilateral with three") << DialogueEdit([=](Dialogue& d) { d.parties = {jp, us, au}; }) << "parties";
    QTest::newRow("trilateral with two") << DialogueEdit([](Dialogue& d) { d.kind = QStringLiteral("trilateral"); }) << "parties";
    QTest::newRow("trilateral with three") << DialogueEdit([=](Dialogue& d) { d.kind = QStringLiteral("trilateral"); d.parties = {jp, us, au}; }) << QString();
    QTest::newRow("minilateral with two") << DialogueEdit([](Dialogue& d) { d.kind = QStringLiteral("minilateral"); }) << "parties";
    QTest::newRow("minilateral with four") << DialogueEdit([=](Dialogue& d) { d.kind = QStringLiteral("minilateral"); d.parties = {jp, us, au, in}; }) << QString();
    QTest::newRow("first held not a date") << DialogueEdit([](Dialogue& d) { d.firstHeld = QStringLiteral("spring 2015"); }) << "first_held";
    QTest::newRow("first held unknown") << DialogueEdit([](Dialogue& d) { d.firstHeld.clear(); }) << QString();
    QTest::newRow("first held note too long") << DialogueEdit([](Dialogue& d) { d.firstHeldNote = kLong501; }) << "first_held_note";
    QTest::newRow("agreed not a date") << DialogueEdit([](Dialogue& d) { d.agreedDate = QStringLiteral("2015-00"); }) << "agreed_date";
    QTest::newRow("agreed by too long") << DialogueEdit([](Dialogue& d) { d.agreedBy = kLong501; }) << "agreed_by";
    QTest::newRow("status unknown") << DialogueEdit([](Dialogue& d) { d.status = QStringLiteral("paused"); }) << "status";
    QTest::newRow("status dormant") << DialogueEdit([](Dialogue& d) { d.status = QStringLiteral("dormant"); }) << QString();
    QTest::newRow("lead agency too long") << DialogueEdit([](Dialogue& d) { d.leadAgency = kLong501; }) << "lead_agency";
    QTest::newRow("gaps too long") << DialogueEdit([](Dialogue& d) { d.gaps = kLong20001; }) << "gaps";
    QTest::newRow("note too long") << DialogueEdit([](Dialogue& d) { d.note = kLong20001; }) << "note";
    QTest::newRow("source not a url") << DialogueEdit([](Dialogue& d) { d.sources = {kBadUrl}; }) << "sources";
}

void tst_Validation::dialogue()
{
    QFETCH(DialogueEdit, edit);
    QFETCH(QString, field);
    Dialogue d = validDialogue();
    edit(d);
    checkErrors(Validation::dialogue(d), field);
}

void tst_Validation::forum_data()
{
    QTest::addColumn<ForumEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << ForumEdit([](Forum&) {}) << QString();
    QTest::newRow("no name") << ForumEdit([](Forum& f) { f.nameEn.clear(); }) << "name";
    QTest::newRow("Japanese name only") << ForumEdit([](Forum& f) { f.nameEn.clear(); f.nameJa = QStringLiteral("テスト会合"); }) << QString();
    QTest::newRow("name too long") << ForumEdit([](Forum& f) { f.nameEn = QString(301, QLatin1Char('x')); }) << "name";
    QTest::newRow("acronym too long") << ForumEdit([](Forum& f) { f.acronym = QString(51, QLatin1Char('A')); }) << "acronym";
    QTest::newRow("former name too long") << ForumEdit([](Forum& f) { f.formerNameJa = QString(301, QChar(0x65E5)); }) << "former_name";
    QTest::newRow("renamed too long") << ForumEdit([](Forum& f) { f.renamed = kLong501; }) << "renamed";
    QTest::newRow("kind too long") << ForumEdit([](Forum& f) { f.kind = kLong501; }) << "kind";
    QTest::newRow("level too long") << ForumEdit([](Forum& f) { f.level = kLong501; }) << "level";
    QTest::newRow("japan status too long") << ForumEdit([](Forum& f) { f.japanStatus = kLong501; }) << "japan_status";
    QTest::newRow("japan hosts too long") << ForumEdit([](Forum& f) { f.japanHosts = kLong501; }) << "japan_hosts";
    QTest::newRow("founded not a date") << ForumEdit([](Forum& f) { f.founded = QStringLiteral("1990s"); }) << "founded";
    QTest::newRow("founded month") << ForumEdit([](Forum& f) { f.founded = QStringLiteral("1990-06"); }) << QString();
    QTest::newRow("incorporated not a date") << ForumEdit([](Forum& f) { f.incorporated = QStringLiteral("1995-08-32"); }) << "incorporated";
    QTest::newRow("url not a url") << ForumEdit([](Forum& f) { f.url = kBadUrl; }) << "url";
    QTest::newRow("url without host") << ForumEdit([](Forum& f) { f.url = QStringLiteral("https://"); }) << "url";
    QTest::newRow("url mailto") << ForumEdit([](Forum& f) { f.url = QStringLiteral("mailto:a@example.org"); }) << "url";
    QTest::newRow("no url") << ForumEdit([](Forum& f) { f.url.clear(); }) << QString();
    QTest::newRow("gaps too long") << ForumEdit([](Forum& f) { f.gaps = kLong20001; }) << "gaps";
    QTest::newRow("note too long") << ForumEdit([](Forum& f) { f.note = kLong20001; }) << "note";
    QTest::newRow("member without country") << ForumEdit([](Forum& f) { f.members << ForumMember{QString(), QStringLiteral("2010")}; }) << "members";
    QTest::newRow("member twice") << ForumEdit([](Forum& f) { f.members << ForumMember{QStringLiteral("JP"), QString()}; }) << "members";
    QTest::newRow("member since not a date") << ForumEdit([](Forum& f) { f.members[1].since = QStringLiteral("long ago"); }) << "members";
    QTest::newRow("no members") << ForumEdit([](Forum& f) { f.members.clear(); }) << QString();
    QTest::newRow("source not a url") << ForumEdit([](Forum& f) { f.sources = {kBadUrl}; }) << "sources";
}

void tst_Validation::forum()
{
    QFETCH(ForumEdit, edit);
    QFETCH(QString, field);
    Forum f = validForum();
    edit(f);
    checkErrors(Validation::forum(f), field);
}

void tst_Validation::agreement_data()
{
    QTest::addColumn<AgreementEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << AgreementEdit([](Agreement&) {}) << QString();
    QTest::newRow("no title") << AgreementEdit([](Agreement& a) { a.titleEn.clear(); }) << "title";
    QTest::newRow("Japanese title only") << AgreementEdit([](Agreement& a) { a.titleEn.clear(); a.titleJa = QStringLiteral("協力覚書"); }) << QString();
    QTest::newRow("title too long") << AgreementEdit([](Agreement& a) { a.titleJa = QString(501, QChar(0x65E5)); }) << "title";
    QTest::newRow("kind too long") << AgreementEdit([](Agreement& a) { a.kind = kLong501; }) << "kind";
    QTest::newRow("party twice") << AgreementEdit([](Agreement& a) { a.parties << QStringLiteral("TL"); }) << "parties";
    QTest::newRow("party without code") << AgreementEdit([](Agreement& a) { a.parties << QString(); }) << "parties";
    QTest::newRow("signed not a date") << AgreementEdit([](Agreement& a) { a.signedDate = QStringLiteral("May 2020"); a.expiryDate.clear(); }) << "signed_date";
    QTest::newRow("in force not a date") << AgreementEdit([](Agreement& a) { a.inForceDate = QStringLiteral("2020-02-30"); }) << "in_force_date";
    QTest::newRow("expiry not a date") << AgreementEdit([](Agreement& a) { a.expiryDate = QStringLiteral("2025/05/01"); }) << "expiry_date";
    QTest::newRow("review not a date") << AgreementEdit([](Agreement& a) { a.reviewDate = QStringLiteral("soon"); }) << "review_date";
    QTest::newRow("expiry before signed") << AgreementEdit([](Agreement& a) { a.expiryDate = QStringLiteral("2019-12-31"); }) << "expiry_date";
    // The database compares the dates as text: "2020" is before "2020-05-01", so the editor refuses it too.
    QTest::newRow("expiry same year as signed") << AgreementEdit([](Agreement& a) { a.expiryDate = QStringLiteral("2020"); }) << "expiry_date";
    QTest::newRow("expiry later in the year") << AgreementEdit([](Agreement& a) { a.expiryDate = QStringLiteral("2020-12"); }) << QString();
    QTest::newRow("expiry without signature") << AgreementEdit([](Agreement& a) { a.signedDate.clear(); a.expiryDate = QStringLiteral("2001"); }) << QString();
    QTest::newRow("status unknown") << AgreementEdit([](Agreement& a) { a.status = QStringLiteral("ratified"); }) << "status";
    QTest::newRow("status in force") << AgreementEdit([](Agreement& a) { a.status = QStringLiteral("in_force"); }) << QString();
    QTest::newRow("url not a url") << AgreementEdit([](Agreement& a) { a.url = kBadUrl; }) << "url";
    QTest::newRow("url ok") << AgreementEdit([](Agreement& a) { a.url = QStringLiteral("https://example.org/moc.pdf"); }) << QString();
    QTest::newRow("summary too long") << AgreementEdit([](Agreement& a) { a.summary = kLong20001; }) << "summary";
    QTest::newRow("note too long") << AgreementEdit([](Agreement& a) { a.note = kLong20001; }) << "note";
    QTest::newRow("source not a url") << AgreementEdit([](Agreement& a) { a.sources = {kBadUrl}; }) << "sources";
}

void tst_Validation::agreement()
{
    QFETCH(AgreementEdit, edit);
    QFETCH(QString, field);
    Agreement a = validAgreement();
    edit(a);
    checkErrors(Validation::agreement(a), field);
}

void tst_Validation::organization_data()
{
    QTest::addColumn<OrganizationEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << OrganizationEdit([](Organization&) {}) << QString();
    QTest::newRow("no name, no acronym") << OrganizationEdit([](Organization& o) { o.acronym.clear(); o.nameEn = QStringLiteral(" "); o.nameJa.clear(); }) << "name";
    QTest::newRow("acronym only") << OrganizationEdit([](Organization& o) { o.nameEn.clear(); o.nameJa.clear(); }) << QString();
    QTest::newRow("Japanese name only") << OrganizationEdit([](Organization& o) { o.acronym.clear(); o.nameEn.clear(); o.nameJa = QStringLiteral("外務省"); }) << QString();
    QTest::newRow("name too long") << OrganizationEdit([](Organization& o) { o.nameJa = QString(301, QChar(0x65E5)); }) << "name";
    QTest::newRow("name at limit") << OrganizationEdit([](Organization& o) { o.nameEn = QString(300, QLatin1Char('x')); }) << QString();
    QTest::newRow("acronym too long") << OrganizationEdit([](Organization& o) { o.acronym = QString(51, QLatin1Char('X')); }) << "acronym";
    QTest::newRow("kind too long") << OrganizationEdit([](Organization& o) { o.kind = QString(201, QLatin1Char('k')); }) << "kind";
    QTest::newRow("url not a url") << OrganizationEdit([](Organization& o) { o.url = kBadUrl; }) << "url";
    QTest::newRow("url without host") << OrganizationEdit([](Organization& o) { o.url = QStringLiteral("https://"); }) << "url";
    QTest::newRow("url mailto") << OrganizationEdit([](Organization& o) { o.url = QStringLiteral("mailto:cert@example.org"); }) << "url";
    QTest::newRow("no url") << OrganizationEdit([](Organization& o) { o.url.clear(); }) << QString();
    QTest::newRow("note too long") << OrganizationEdit([](Organization& o) { o.note = kLong20001; }) << "note";
    QTest::newRow("source not a url") << OrganizationEdit([](Organization& o) { o.sources = {kBadUrl}; }) << "sources";
    QTest::newRow("no country") << OrganizationEdit([](Organization& o) { o.country.clear(); }) << QString();
    QTest::newRow("tags") << OrganizationEdit([](Organization& o) { o.tags = {QStringLiteral("CERT")}; }) << QString();
    QTest::newRow("tag too long") << OrganizationEdit([](Organization& o) { o.tags = {QString(101, QLatin1Char('t'))}; }) << "tags";
}

void tst_Validation::organization()
{
    QFETCH(OrganizationEdit, edit);
    QFETCH(QString, field);
    Organization o = OrganizationFixture::cert();
    edit(o);
    checkErrors(Validation::organization(o), field);
}

void tst_Validation::policyItem_data()
{
    QTest::addColumn<PolicyEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << PolicyEdit([](PolicyItem&) {}) << QString();
    QTest::newRow("no title") << PolicyEdit([](PolicyItem& p) { p.titleEn.clear(); }) << "title";
    QTest::newRow("Japanese title only") << PolicyEdit([](PolicyItem& p) { p.titleEn.clear(); p.titleJa = QStringLiteral("テスト法"); }) << QString();
    QTest::newRow("title too long") << PolicyEdit([](PolicyItem& p) { p.titleEn = kLong501; }) << "title";
    QTest::newRow("kind too long") << PolicyEdit([](PolicyItem& p) { p.kind = kLong501; }) << "kind";
    QTest::newRow("law number too long") << PolicyEdit([](PolicyItem& p) { p.lawNumber = kLong501; }) << "law_number";
    QTest::newRow("issued by too long") << PolicyEdit([](PolicyItem& p) { p.issuedBy = kLong501; }) << "issued_by";
    QTest::newRow("date not a date") << PolicyEdit([](PolicyItem& p) { p.date = QStringLiteral("2014-11-31"); }) << "date";
    QTest::newRow("date note too long") << PolicyEdit([](PolicyItem& p) { p.dateNote = kLong501; }) << "date_note";
    QTest::newRow("note too long") << PolicyEdit([](PolicyItem& p) { p.note = kLong20001; }) << "note";
    QTest::newRow("source not a url") << PolicyEdit([](PolicyItem& p) { p.sources = {kBadUrl}; }) << "sources";
    QTest::newRow("provision without article") << PolicyEdit([](PolicyItem& p) { p.provisions[1].article.clear(); }) << "provisions";
    QTest::newRow("article twice") << PolicyEdit([](PolicyItem& p) { p.provisions[1].article = QStringLiteral("24"); }) << "provisions";
    QTest::newRow("no provisions") << PolicyEdit([](PolicyItem& p) { p.provisions.clear(); }) << QString();
}

void tst_Validation::policyItem()
{
    QFETCH(PolicyEdit, edit);
    QFETCH(QString, field);
    PolicyItem p = validPolicy();
    edit(p);
    checkErrors(Validation::policyItem(p), field);
}

void tst_Validation::provision_data()
{
    QTest::addColumn<ProvisionEdit>("edit");
    QTest::addColumn<QString>("field");
    QTest::newRow("valid") << ProvisionEdit([](Provision&) {}) << QString();
    QTest::newRow("no article") << ProvisionEdit([](Provision& p) { p.article = QStringLiteral(" "); }) << "article";
    QTest::newRow("article too long") << ProvisionEdit([](Provision& p) { p.article = QString(51, QLatin1Char('1')); }) << "article";
    QTest::newRow("article with paragraph") << ProvisionEdit([](Provision& p) { p.article = QStringLiteral("24(2)"); }) << QString();
    QTest::newRow("label too long") << ProvisionEdit([](Provision& p) { p.labelJa = QString(501, QChar(0x65E5)); }) << "label";
    QTest::newRow("subject too long") << ProvisionEdit([](Provision& p) { p.subjectEn = kLong20001; }) << "subject";
    QTest::newRow("source not a url") << ProvisionEdit([](Provision& p) { p.sources = {kBadUrl}; }) << "sources";
    QTest::newRow("NUL in article") << ProvisionEdit([](Provision& p) { p.article = QStringLiteral("2") + QChar(0); })
                                    << "article";
    QTest::newRow("override in subject") << ProvisionEdit([](Provision& p) {
        p.subjectEn = QChar(0x202E) + QStringLiteral("x");
    }) << "subject";
}

void tst_Validation::provision()
{
    QFETCH(ProvisionEdit, edit);
    QFETCH(QString, field);
    Provision p = validProvision();
    edit(p);
    checkErrors(Validation::provision(p), field);
}

void tst_Validation::messagesNameTheValue()
{
    // The user must see what was wrong, not only where.
    Country c = validCountry();
    c.code = QStringLiteral("jp");
    QVERIFY(Validation::messageFor(Validation::country(c), QStringLiteral("code")).contains(QStringLiteral("jp")));
    Dialogue d = validDialogue();
    d.parties << QStringLiteral("TL");
    QVERIFY(Validation::messageFor(Validation::dialogue(d), QStringLiteral("parties")).contains(QStringLiteral("TL")));
    PolicyItem p = validPolicy();
    p.provisions[1].article = QStringLiteral("24");
    QVERIFY(Validation::messageFor(Validation::policyItem(p), QStringLiteral("provisions")).contains(QStringLiteral("24")));
    p.provisions[1].article.clear();
    QVERIFY(Validation::messageFor(Validation::policyItem(p), QStringLiteral("provisions")).contains(QStringLiteral("2")));
    Agreement a = validAgreement();
    a.expiryDate = QStringLiteral("2019");
    QVERIFY(Validation::messageFor(Validation::agreement(a), QStringLiteral("expiry_date")).contains(QStringLiteral("2019")));
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_Validation.moc"
