#include "AccountSummary.h"

namespace WalletDesk {

namespace {

// Appends `text` as a JSON string exactly as QJsonDocument writes it, or
// returns false if it has a character Qt's writer would escape (a control
// character, a quote, a backslash) or might treat on its own (a surrogate).
bool appendPlainJsonString(QByteArray &out, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.isSurrogate())
            return false;
    }
    out += '"';
    out += text.toUtf8();
    out += '"';
    return true;
}

} // namespace

AccountSummary AccountSummary::read(JsonReader &r)
{
    AccountSummary a;
    a.id = r.integer(QStringLiteral("id"), 1, Q_INT64_C(1) << 52);
    a.accountNumber = r.nonEmptyString(QStringLiteral("accountNumber"), 40);
    a.name = r.string(QStringLiteral("name"), 100);
    a.phone = r.string(QStringLiteral("phone"), 30);
    a.email = r.string(QStringLiteral("email"), 200);
    a.status = r.enumeration<AccountStatus>(QStringLiteral("status"));
    a.kycLevel = int(r.integer(QStringLiteral("kycLevel"), 0, 3));
    return a;
}

QJsonObject AccountSummary::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("accountNumber"), accountNumber},
        {QStringLiteral("name"), name}, {QStringLiteral("phone"), phone},
        {QStringLiteral("email"), email}, {QStringLiteral("status"), enumToString(status)},
        {QStringLiteral("kycLevel"), kycLevel}};
}

// Keys in QJsonObject's (sorted) order; tst_serverapi compares the pages
// byte for byte with Qt's.
bool AccountSummary::appendCompactJson(QByteArray &out) const
{
    out += "{\"accountNumber\":";
    if (!appendPlainJsonString(out, accountNumber))
        return false;
    out += ",\"email\":";
    if (!appendPlainJsonString(out, email))
        return false;
    out += ",\"id\":" + QByteArray::number(id) + ",\"kycLevel\":" + QByteArray::number(kycLevel)
        + ",\"name\":";
    if (!appendPlainJsonString(out, name))
        return false;
    out += ",\"phone\":";
    if (!appendPlainJsonString(out, phone))
        return false;
    out += ",\"status\":";
    if (!appendPlainJsonString(out, enumToString(status)))
        return false;
    out += '}';
    return true;
}

} // namespace WalletDesk
