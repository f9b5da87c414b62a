#pragma once

#include "CodecError.h"
#include "EnumNames.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <optional>

namespace WalletDesk {

// Reads typed fields out of a JSON object and remembers the first problem,
// naming the field by its full path. After the first error every further
// read returns a harmless empty value, so a decoder can read all its fields
// straight through and check ok() once at the end.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, const QString &path = {});

    bool ok() const { return m_error.isNull(); }
    const CodecError &error() const { return m_error; }
    void fail(const QString &key, const QString &message);
    // Checks a condition on an already read value and reports it against key.
    bool check(bool condition, const QString &key, const QString &message);

    bool has(const QString &key) const;
    // Fields of the object (and of nested objects read through this
    // reader) that no read or has() asked about, by full path: the request
    // reader refuses them, so a misspelt optional field is not silently
    // ignored.
    QStringList unknownFields() const;

    QString string(const QString &key, int maxLength = 200);
    std::optional<QString> optionalString(const QString &key, int maxLength = 200);
    QString nonEmptyString(const QString &key, int maxLength = 200);
    // Free text a person typed (a note, a reason, a description): card
    // numbers in it are masked as it is read (Masking::redactCardNumbers),
    // so no decoder can store, return or audit one. Identifiers, codes and
    // secrets are read with string().
    QString text(const QString &key, int maxLength);
    std::optional<QString> optionalText(const QString &key, int maxLength);
    QString nonEmptyText(const QString &key, int maxLength);
    qint64 integer(const QString &key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    QDateTime dateTime(const QString &key);
    std::optional<QDateTime> optionalDateTime(const QString &key);
    QDate date(const QString &key);
    std::optional<QDate> optionalDate(const QString &key);
    QJsonObject object(const QString &key);
    QJsonArray array(const QString &key, int maxItems);

    template<typename E> E enumeration(const QString &key)
    {
        const QString text = string(key, 64);
        if (!ok())
            return E {};
        if (auto value = enumFromString<E>(text))
            return *value;
        fail(key,
            QStringLiteral("unknown value \"%1\"; expected one of %2")
                .arg(text, enumNames<E>().join(QLatin1String(", "))));
        return E {};
    }

    template<typename E> std::optional<E> optionalEnumeration(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        E value = enumeration<E>(key);
        return ok() ? std::optional<E>(value) : std::nullopt;
    }

    // A nested value decoded by T::read(JsonReader &).
    template<typename T> T nested(const QString &key)
    {
        const QJsonObject inner = object(key);
        if (!ok())
            return T {};
        JsonReader child(inner, pathOf(key));
        T value = T::read(child);
        if (!child.ok())
            m_error = child.error();
        m_unknownNested += child.unknownFields();
        return value;
    }

    template<typename T> QList<T> list(const QString &key, int maxItems)
    {
        QList<T> values;
        const QJsonArray items = array(key, maxItems);
        for (qsizetype i = 0; ok() && i < items.size(); ++i) {
            const QString itemPath
                = pathOf(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!items.at(i).isObject()) {
                m_error = {itemPath, QStringLiteral("must be an object")};
                break;
            }
            JsonReader child(items.at(i).toObject(), itemPath);
            values.append(T::read(child));
            if (!child.ok())
                m_error = child.error();
            m_unknownNested += child.unknownFields();
        }
        return values;
    }

    QList<qint64> integerList(const QString &key, int maxItems, qint64 min, qint64 max);
    QStringList stringList(const QString &key, int maxItems, int maxLength);

private:
    QString pathOf(const QString &key) const;
    QJsonValue value(const QString &key, bool required);

    QJsonObject m_object;
    QString m_path;
    CodecError m_error;
    mutable QSet<QString> m_asked;
    QStringList m_unknownNested;
};

// Decodes a whole value of type T, or returns nullopt and fills *error.
template<typename T> std::optional<T> decode(const QJsonObject &object, CodecError *error)
{
    JsonReader reader(object);
    T value = T::read(reader);
    if (!reader.ok()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return value;
}

// Parses bytes as a JSON object first; a body that is not an object is an
// error against the empty field name.
template<typename T> std::optional<T> decode(const QByteArray &json, CodecError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error) {
            *error = {QString(),
                parseError.error != QJsonParseError::NoError
                    ? QStringLiteral("malformed JSON: %1").arg(parseError.errorString())
                    : QStringLiteral("the body must be a JSON object")};
        }
        return std::nullopt;
    }
    return decode<T>(doc.object(), error);
}

// The "items" of a page answer, all of them or none: one unreadable item
// makes the whole page unreadable (and *error says which).
template<typename T> std::optional<QList<T>> decodeItems(const QJsonObject &page, CodecError *error)
{
    const QJsonValue items = page.value(QStringLiteral("items"));
    if (!items.isArray()) {
        if (error)
            *error = {QStringLiteral("items"), QStringLiteral("must be an array")};
        return std::nullopt;
    }
    QList<T> result;
    const QJsonArray array = items.toArray();
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        CodecError itemError;
        auto value = decode<T>(array.at(i).toObject(), &itemError);
        if (!value) {
            if (error)
                *error = {
                    QStringLiteral("items[%1].%2").arg(i).arg(itemError.field), itemError.message};
            return std::nullopt;
        }
        result.append(std::move(*value));
    }
    return result;
}

template<typename T> QJsonArray toJsonArray(const QList<T> &values)
{
    QJsonArray array;
    for (const T &v : values)
        array.append(v.toJson());
    return array;
}

// The wire format of instants: ISO 8601 in UTC with milliseconds.
QString formatDateTime(const QDateTime &dt);
QJsonValue optionalJson(const std::optional<QDateTime> &dt);
QJsonValue optionalJson(const std::optional<QString> &s);
QJsonValue optionalJson(const std::optional<qint64> &n);
QJsonValue optionalJson(const std::optional<QDate> &d);

} // namespace WalletDesk
