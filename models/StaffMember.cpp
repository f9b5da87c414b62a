#include "StaffMember.h"

#include <algorithm>

namespace WalletDesk {

namespace {
constexpr qint64 maxId = Q_INT64_C(1) << 52;
}

StaffMember StaffMember::read(JsonReader &r)
{
    StaffMember s;
    s.id = r.integer(QStringLiteral("id"), 1, maxId);
    s.username = r.nonEmptyString(QStringLiteral("username"), 64);
    s.displayName = r.string(QStringLiteral("displayName"), 100);
    s.role = r.enumeration<Role>(QStringLiteral("role"));
    s.disabled = r.boolean(QStringLiteral("disabled"));
    s.lockedUntil = r.optionalDateTime(QStringLiteral("lockedUntil"));
    s.passwordChangeRequired = r.boolean(QStringLiteral("passwordChangeRequired"));
    s.totp = r.enumeration<TotpState>(QStringLiteral("totp"));
    s.lastSignInAt = r.optionalDateTime(QStringLiteral("lastSignInAt"));
    s.version = r.integer(QStringLiteral("version"), 1, maxId);
    return s;
}

QJsonObject StaffMember::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("username"), username},
        {QStringLiteral("displayName"), displayName}, {QStringLiteral("role"), enumToString(role)},
        {QStringLiteral("disabled"), disabled},
        {QStringLiteral("lockedUntil"), optionalJson(lockedUntil)},
        {QStringLiteral("passwordChangeRequired"), passwordChangeRequired},
        {QStringLiteral("totp"), enumToString(totp)},
        {QStringLiteral("lastSignInAt"), optionalJson(lastSignInAt)},
        {QStringLiteral("version"), version}};
}

QString StaffMember::usernameProblem(const QString &username)
{
    if (username.size() < 3 || username.size() > 32)
        return QStringLiteral("must be 3 to 32 characters");
    if (username.front().unicode() < 'a' || username.front().unicode() > 'z')
        return QStringLiteral("must start with a letter a-z");
    for (const QChar c : username) {
        const char16_t u = c.unicode();
        const bool ok
            = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-';
        if (!ok)
            return QStringLiteral("may hold only a-z, 0-9, '.', '_' and '-'");
    }
    return {};
}

QString StaffMember::displayNameProblem(const QString &displayName)
{
    if (displayName.trimmed().isEmpty() || displayName.size() > 64)
        return QStringLiteral("must be 1 to 64 characters");
    // The name is shown on every console and in the audit log: nothing in it
    // may break a line or reorder the text around it (bidi controls are Cf).
    for (const QChar c : displayName) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return QStringLiteral("must not contain control, format or line-breaking characters");
        default:
            break;
        }
    }
    return {};
}

} // namespace WalletDesk
