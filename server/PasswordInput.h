#pragma once

#include <QString>

namespace WalletDesk::Server {

// A new password for `admin create-user`, never from the command line (any
// user of the machine can read another's argv in ps): from the terminal
// without echo, asked twice, or one line of stdin when stdin is not a
// terminal (a script, a pipe from a password manager).
class PasswordInput
{
public:
    // Prompts name the user on stderr. False with *error on a mismatch, an
    // empty answer or the end of input.
    static bool read(const QString &username, QString *password, QString *error);
    // PasswordRule, as POST /auth/password applies it: empty when
    // acceptable, else why not ("the password must ...").
    static QString weakness(const QString &username, const QString &password);

private:
    static bool readLine(bool hidden, QString *line);
};

} // namespace WalletDesk::Server
