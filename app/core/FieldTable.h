// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

/// How a record's fields are described once: a plain array of Field<T> per kind (RecordFields.h) that the
/// repositories, JSON and CSV, validation, the record diff and the record page read. Not an ORM: nested parts
/// (participants, members, provisions) stay hand-written beside it.
namespace FieldTable {
enum class Type {
    Key,       ///< the record's key in files ("jp-au-cyber"): required there (a record made here gets one on export)
    Code,      ///< a country code: 2 to 8 of A–Z, 0–9 and "-"
    Text,      ///< one line, or paragraphs when multiLine
    Date,      ///< a partial date: YYYY, YYYY-MM or YYYY-MM-DD; empty allowed
    Choice,    ///< one of `vocabulary()`; empty reads as `fallback`
    Url,       ///< an http(s) address
    Integer,   ///< a whole number from `minimum` to `maximum`, or none
    Flag,      ///< true or false
    Reference, ///< the key of a record of `refers` (text)
    List,      ///< lines of text (each checked as a single-line text of at most maxLength)
    References ///< codes or keys of records of `refers`, none twice
};

/// How JSON writes an empty value.
enum class Empty { Null, Omit, Value };

/// What is true of a field whatever its record's type.
struct Spec
{
    const char* key;              ///< JSON key, CSV column and (unless `column`) SQL column
    const char* label;            ///< untranslated, context "Field"
    Type type = Type::Text;
    int maxLength = 0;            ///< in UTF-16 code units as QString::size() counts them (QLineEdit's too); 0: none
    bool required = false;
    bool multiLine = false;       ///< paragraphs: line breaks and tabs allowed
    const char* shownAs = nullptr; ///< the editor row that shows it when not `key` ("name" for name_en and name_ja)
    QStringList (*vocabulary)() = nullptr;
    const char* vocabularySet = nullptr; ///< Vocabulary::label's set name ("eventKind")
    const char* fallback = nullptr;       ///< the value of an empty choice
    int minimum = 1, maximum = 0;         ///< Integer range
    const char* refers = nullptr;         ///< table of the referenced kind
    const char* column = nullptr;         ///< SQL column when it differs from key; "" when not a column of its own
    Empty empty = Empty::Null;
    bool csv = true;                      ///< a column of the kind's CSV layout
    bool searchable = false;              ///< in the search index (the search triggers must read it)
    bool storedAsJson = false;            ///< a List column holds a JSON array rather than one item a line

    /// Whether the record's own table has a column for it.
    bool isColumn() const { return !column || *column; }

    QString keyName() const { return QString::fromLatin1(key); }
    QString columnName() const { return column ? QString::fromLatin1(column) : keyName(); }
    QString shownName() const { return QString::fromLatin1(shownAs ? shownAs : key); }
    /// The label in the interface language.
    QString labelText() const;
};

/// One field of records of type T: its description and where its value lives.
template <typename T>
struct Field
{
    Spec spec;
    QString T::*text = nullptr;
    bool T::*flag = nullptr;
    std::optional<int> T::*number = nullptr;
    QStringList T::*list = nullptr;
};

template <typename T>
constexpr Field<T> field(Spec s, QString T::*m)
{
    return {s, m, nullptr, nullptr, nullptr};
}
template <typename T>
constexpr Field<T> field(Spec s, bool T::*m)
{
    return {s, nullptr, m, nullptr, nullptr};
}
template <typename T>
constexpr Field<T> field(Spec s, std::optional<int> T::*m)
{
    return {s, nullptr, nullptr, m, nullptr};
}
template <typename T>
constexpr Field<T> field(Spec s, QStringList T::*m)
{
    return {s, nullptr, nullptr, nullptr, m};
}

/// The value of `f` in `r` as text for a person: lists joined by ", ", flags as ✓ or empty, numbers in digits.
template <typename T>
QString display(const Field<T>& f, const T& r)
{
    if (f.text)
        return r.*f.text;
    if (f.flag)
        return r.*f.flag ? QStringLiteral("\u2713") : QString();
    if (f.number)
        return (r.*f.number) ? QString::number(*(r.*f.number)) : QString();
    return (r.*f.list).join(QStringLiteral(", "));
}

/// Whether `a` and `b` hold the same value of `f`.
template <typename T>
bool same(const Field<T>& f, const T& a, const T& b)
{
    if (f.text)
        return a.*f.text == b.*f.text;
    if (f.flag)
        return a.*f.flag == b.*f.flag;
    if (f.number)
        return a.*f.number == b.*f.number;
    return a.*f.list == b.*f.list;
}

/// The field of `fields` with `key`, or null.
template <typename T>
const Field<T>* find(std::span<const Field<T>> fields, const QString& key)
{
    for (const Field<T>& f : fields) {
        if (key == QLatin1String(f.spec.key))
            return &f;
    }
    return nullptr;
}
} // namespace FieldTable
