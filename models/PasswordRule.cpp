#include "PasswordRule.h"

#include <algorithm>

namespace WalletDesk {

PasswordRule::Problem PasswordRule::check(
    const QString &username, const QString &newPassword, const QString &currentPassword)
{
    if (newPassword.size() < minLength || newPassword.size() > maxLength)
        return Problem::Length;
    // Sign-in reads a password as JSON, where NUL cannot be sent, and refuses
    // a blank one as empty: either would lock its owner out.
    if (newPassword.contains(QChar(0)))
        return Problem::HasNul;
    const QString core = newPassword.trimmed();
    if (core.isEmpty())
        return Problem::Blank;
    if (core.compare(username, Qt::CaseInsensitive) == 0)
        return Problem::IsUsername;
    if (!currentPassword.isEmpty() && newPassword == currentPassword)
        return Problem::SameAsCurrent;
    if (std::all_of(core.cbegin(), core.cend(), [](QChar c) { return c.isDigit(); }))
        return Problem::DigitsOnly;
    return Problem::None;
}

QString PasswordRule::englishText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Length:
        return QStringLiteral("must be %1 to %2 characters").arg(minLength).arg(maxLength);
    case Problem::HasNul:
        return QStringLiteral("must not contain NUL");
    case Problem::Blank:
        return QStringLiteral("must not be only spaces");
    case Problem::IsUsername:
        return QStringLiteral("must not be the username");
    case Problem::SameAsCurrent:
        return QStringLiteral("must differ from the current password");
    case Problem::DigitsOnly:
        return QStringLiteral("must not be digits only");
    }
    return {};
}

QString PasswordRule::problem(
    const QString &username, const QString &newPassword, const QString &currentPassword)
{
    return englishText(check(username, newPassword, currentPassword));
}

} // namespace WalletDesk
