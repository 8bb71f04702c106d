// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Vocabulary.h"

#include <QHash>

namespace {
struct Term
{
    const char* value;
    const char* en;
    const char* ja;
};

// The data's own vocabulary: labels are data, like names, so they live here rather than in tr().
const Term kEventKinds[] = {
    {"round", "Round", "定例協議"},          {"meeting", "Meeting", "会合"},
    {"summit", "Summit", "首脳会議"},        {"ministerial", "Ministerial", "閣僚会合"},
    {"intersessional", "Intersessional", "中間会合"}, {"conference", "Conference", "国際会議"},
    {"exercise", "Exercise", "演習"},        {"training", "Training", "研修"},
    {"mission", "Mission", "調査団"},        {"seminar", "Seminar", "セミナー"},
    {"secondment", "Secondment", "派遣"},    {"programme", "Programme", "プログラム"},
    {"announcement", "Announcement", "発表"}, {"agreement", "Agreement", "合意"},
    {"workshop", "Workshop", "ワークショップ"}, {"other", "Other", "その他"},
};
const Term kEventStatuses[] = {{"planned", "Planned", "予定"}, {"held", "Held", "開催済"}, {"cancelled", "Cancelled", "中止"}};
const Term kEventFormats[] = {{"in_person", "In person", "対面"},
                              {"virtual", "Virtual", "オンライン"},
                              {"hybrid", "Hybrid", "ハイブリッド"},
                              {"unknown", "Unknown", "不明"}};
const Term kDialogueKinds[] = {
    {"bilateral", "Bilateral", "二国間"}, {"trilateral", "Trilateral", "三か国"}, {"minilateral", "Minilateral", "少数国間"}};
const Term kDialogueStatuses[] = {
    {"active", "Active", "継続中"}, {"dormant", "Dormant", "休止"}, {"ended", "Ended", "終了"}, {"unknown", "Unknown", "不明"}};
const Term kActionStatuses[] = {{"open", "Open", "未着手"},
                                {"in_progress", "In progress", "対応中"},
                                {"done", "Done", "完了"},
                                {"cancelled", "Cancelled", "取消"}};
const Term kAgreementStatuses[] = {{"draft", "Draft", "案"},           {"signed", "Signed", "署名済"},
                                   {"in_force", "In force", "発効中"}, {"expired", "Expired", "失効"},
                                   {"terminated", "Terminated", "終了"}, {"unknown", "Unknown", "不明"}};
const Term kCountryKinds[] = {
    {"state", "State", "国"}, {"union", "Union", "国家連合"}, {"grouping", "Grouping", "枠組み"}, {"other", "Other", "その他"}};
const Term kRegions[] = {{"East Asia", "East Asia", "東アジア"},         {"Southeast Asia", "Southeast Asia", "東南アジア"},
                         {"South Asia", "South Asia", "南アジア"},       {"Europe", "Europe", "欧州"},
                         {"North America", "North America", "北米"},     {"Middle East", "Middle East", "中東"},
                         {"Oceania", "Oceania", "大洋州"},               {"Africa", "Africa", "アフリカ"},
                         {"Latin America", "Latin America", "中南米"},   {"Central Asia", "Central Asia", "中央アジア"}};
const Term kClassifications[] = {{"0", "Unclassified", "指定なし"},
                                 {"1", "Internal", "部内限り"},
                                 {"2", "Confidential", "秘"},
                                 {"3", "Secret", "極秘"}};

template <size_t N>
QStringList values(const Term (&terms)[N])
{
    QStringList out;
    for (const Term& t : terms)
        out << QString::fromLatin1(t.value);
    return out;
}

template <size_t N>
QString find(const Term (&terms)[N], const QString& value, Lang lang)
{
    for (const Term& t : terms) {
        if (value == QLatin1String(t.value))
            return QString::fromUtf8(lang == Lang::Ja ? t.ja : t.en);
    }
    return value;
}
} // namespace

namespace Vocabulary {
QStringList eventKinds() { return values(kEventKinds); }
QStringList eventStatuses() { return values(kEventStatuses); }
QStringList eventFormats() { return values(kEventFormats); }
QStringList dialogueKinds() { return values(kDialogueKinds); }
QStringList dialogueStatuses() { return values(kDialogueStatuses); }
QStringList actionStatuses() { return values(kActionStatuses); }
QStringList agreementStatuses() { return values(kAgreementStatuses); }
QStringList countryKinds() { return values(kCountryKinds); }

QString label(const QString& set, const QString& value, Lang lang)
{
    if (set == QLatin1String("eventKind"))
        return find(kEventKinds, value, lang);
    if (set == QLatin1String("eventStatus"))
        return find(kEventStatuses, value, lang);
    if (set == QLatin1String("eventFormat"))
        return find(kEventFormats, value, lang);
    if (set == QLatin1String("dialogueKind"))
        return find(kDialogueKinds, value, lang);
    if (set == QLatin1String("dialogueStatus"))
        return find(kDialogueStatuses, value, lang);
    if (set == QLatin1String("actionStatus"))
        return find(kActionStatuses, value, lang);
    if (set == QLatin1String("agreementStatus"))
        return find(kAgreementStatuses, value, lang);
    if (set == QLatin1String("region"))
        return find(kRegions, value, lang);
    if (set == QLatin1String("countryKind"))
        return find(kCountryKinds, value, lang);
    return value;
}

QString classificationLabel(int level, Lang lang) { return find(kClassifications, QString::number(level), lang); }
} // namespace Vocabulary
