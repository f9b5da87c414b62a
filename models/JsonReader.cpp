#include "JsonReader.h"

#include "Masking.h"

#include <QTimeZone>

namespace WalletDesk {

namespace {

// Text that would be cut or garbled on its way to the store or a screen:
// NUL ends C strings (and PostgreSQL refuses it), and an unpaired
// surrogate is not a character at all.
QString textProblem(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.unicode() == 0)
            return QStringLiteral("must not contain NUL characters");
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return QStringLiteral("holds an unpaired UTF-16 surrogate");
    }
    return {};
}

} // namespace

JsonReader::JsonReader(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path)
{
}

void JsonReader::fail(const QString &key, const QString &message)
{
    if (ok())
        m_error = {pathOf(key), message};
}

bool JsonReader::check(bool condition, const QString &key, const QString &message)
{
    if (!condition)
        fail(key, message);
    return condition;
}

bool JsonReader::has(const QString &key) const
{
    m_asked.insert(key);
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QStringList JsonReader::unknownFields() const
{
    QStringList unknown;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_asked.contains(it.key()))
            unknown << pathOf(it.key());
    }
    return unknown + m_unknownNested;
}

QString JsonReader::pathOf(const QString &key) const
{
    if (m_path.isEmpty())
        return key;
    if (key.isEmpty())
        return m_path;
    return m_path + QLatin1Char('.') + key;
}

QJsonValue JsonReader::value(const QString &key, bool required)
{
    m_asked.insert(key);
    if (!ok())
        return {};
    const QJsonValue v = m_object.value(key);
    if ((v.isUndefined() || v.isNull()) && required)
        fail(key, QStringLiteral("is required"));
    return v;
}

QString JsonReader::string(const QString &key, int maxLength)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return {};
    if (!v.isString()) {
        fail(key, QStringLiteral("must be a string"));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(key, QStringLiteral("is longer than %1 characters").arg(maxLength));
        return {};
    }
    if (const QString problem = textProblem(s); !problem.isEmpty()) {
        fail(key, problem);
        return {};
    }
    return s;
}

QString JsonReader::text(const QString &key, int maxLength)
{
    return Masking::redactCardNumbers(string(key, maxLength));
}

std::optional<QString> JsonReader::optionalText(const QString &key, int maxLength)
{
    const std::optional<QString> s = optionalString(key, maxLength);
    return s ? std::optional<QString>(Masking::redactCardNumbers(*s)) : std::nullopt;
}

QString JsonReader::nonEmptyText(const QString &key, int maxLength)
{
    return Masking::redactCardNumbers(nonEmptyString(key, maxLength));
}

QString JsonReader::nonEmptyString(const QString &key, int maxLength)
{
    const QString s = string(key, maxLength);
    if (ok() && s.trimmed().isEmpty())
        fail(key, QStringLiteral("must not be empty"));
    return s;
}

std::optional<QString> JsonReader::optionalString(const QString &key, int maxLength)
{
    if (!has(key))
        return std::nullopt;
    const QString s = string(key, maxLength);
    return ok() ? std::optional<QString>(s) : std::nullopt;
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return 0;
    // JSON numbers are doubles; integers beyond 2^53 cannot be carried exactly.
    // Casting a double outside qint64's range is undefined: range first.
    const double d = v.toDouble();
    if (!v.isDouble() || !(d >= -9.0e18 && d <= 9.0e18)
        || d != static_cast<double>(static_cast<qint64>(d))) {
        fail(key, QStringLiteral("must be an integer"));
        return 0;
    }
    const qint64 n = static_cast<qint64>(d);
    if (n < min || n > max) {
        fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return 0;
    }
    return n;
}

std::optional<qint64> JsonReader::optionalInteger(const QString &key, qint64 min, qint64 max)
{
    if (!has(key))
        return std::nullopt;
    const qint64 n = integer(key, min, max);
    return ok() ? std::optional<qint64>(n) : std::nullopt;
}

bool JsonReader::boolean(const QString &key)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return false;
    if (!v.isBool()) {
        fail(key, QStringLiteral("must be true or false"));
        return false;
    }
    return v.toBool();
}

QDateTime JsonReader::dateTime(const QString &key)
{
    const QString s = string(key, 40);
    if (!ok())
        return {};
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime) {
        fail(key, QStringLiteral("must be an ISO 8601 date and time with a UTC offset"));
        return {};
    }
    // Outside years 1 to 9999 in UTC the value cannot be written back in
    // this format (it would encode as an empty string).
    const QDateTime utc = dt.toUTC();
    if (utc.date().year() < 1 || utc.date().year() > 9999) {
        fail(key, QStringLiteral("must be between the years 1 and 9999 in UTC"));
        return {};
    }
    return utc;
}

std::optional<QDateTime> JsonReader::optionalDateTime(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QDateTime dt = dateTime(key);
    return ok() ? std::optional<QDateTime>(dt) : std::nullopt;
}

QDate JsonReader::date(const QString &key)
{
    const QString s = string(key, 10);
    if (!ok())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid()) {
        fail(key, QStringLiteral("must be a date as YYYY-MM-DD"));
        return {};
    }
    return d;
}

std::optional<QDate> JsonReader::optionalDate(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QDate d = date(key);
    return ok() ? std::optional<QDate>(d) : std::nullopt;
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return {};
    if (!v.isObject()) {
        fail(key, QStringLiteral("must be an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QString &key, int maxItems)
{
    const QJsonValue v = value(key, true);
    if (!ok())
        return {};
    if (!v.isArray()) {
        fail(key, QStringLiteral("must be an array"));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        fail(key, QStringLiteral("has more than %1 items").arg(maxItems));
        return {};
    }
    return a;
}

QList<qint64> JsonReader::integerList(const QString &key, int maxItems, qint64 min, qint64 max)
{
    QList<qint64> values;
    const QJsonArray items = array(key, maxItems);
    for (qsizetype i = 0; ok() && i < items.size(); ++i) {
        QJsonObject wrapper {{QStringLiteral("v"), items.at(i)}};
        JsonReader child(wrapper);
        const qint64 n = child.integer(QStringLiteral("v"), min, max);
        if (!child.ok())
            m_error = {pathOf(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                child.error().message};
        values.append(n);
    }
    return values;
}

QStringList JsonReader::stringList(const QString &key, int maxItems, int maxLength)
{
    QStringList values;
    const QJsonArray items = array(key, maxItems);
    for (qsizetype i = 0; ok() && i < items.size(); ++i) {
        const QString itemPath
            = pathOf(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!items.at(i).isString() || items.at(i).toString().size() > maxLength) {
            m_error = {itemPath,
                QStringLiteral("must be a string of at most %1 characters").arg(maxLength)};
            break;
        }
        if (const QString problem = textProblem(items.at(i).toString()); !problem.isEmpty()) {
            m_error = {itemPath, problem};
            break;
        }
        values.append(items.at(i).toString());
    }
    return values;
}

QString formatDateTime(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue optionalJson(const std::optional<QDateTime> &dt)
{
    return dt ? QJsonValue(formatDateTime(*dt)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<qint64> &n)
{
    return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<QDate> &d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace WalletDesk
