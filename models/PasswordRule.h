#pragma once

#include <QString>

namespace WalletDesk {

// The one rule for a new password, wherever one is chosen: POST
// /auth/password, `walletdesk-server admin create-user` and the console's
// change dialog. The server says the English message; the console
// translates its own text for each problem.
class PasswordRule
{
public:
    enum class Problem {
        None,
        Length, // not 10 to 200 characters
        HasNul, // JSON sign-in cannot carry it
        Blank, // only spaces: sign-in refuses a blank password
        IsUsername, // the username, in any case (spaces around it aside)
        SameAsCurrent, // what it replaces
        DigitsOnly,
    };
    static constexpr int minLength = 10;
    static constexpr int maxLength = 200;

    // currentPassword empty: no password to differ from (a reset, a new sign-in).
    static Problem check(
        const QString &username, const QString &newPassword, const QString &currentPassword = {});
    // "must be 10 to 200 characters", ...; empty for None.
    static QString englishText(Problem problem);
    // englishText(check(...)): empty when the password is acceptable.
    static QString problem(
        const QString &username, const QString &newPassword, const QString &currentPassword = {});
};

} // namespace WalletDesk
