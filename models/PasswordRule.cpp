#include "PasswordRule.h"

#include <algorithm>

namespace WalletDesk {

PasswordRule::Problem PasswordRule::check(
    const QString &username, const QString &newPassword, const QString &currentPassword)
{
    if (newPassword.size() < minLength || newPassword.size() > maxLength)
        return Problem::Length;
    if (newPassword.compare(username, Qt::CaseInsensitive) == 0)
        return Problem::IsUsername;
    if (!currentPassword.isEmpty() && newPassword == currentPassword)
        return Problem::SameAsCurrent;
    if (std::all_of(newPassword.cbegin(), newPassword.cend(), [](QChar c) { return c.isDigit(); }))
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
