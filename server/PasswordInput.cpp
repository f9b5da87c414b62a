#include "PasswordInput.h"

#include "PasswordRule.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <termios.h>
#include <unistd.h>

namespace WalletDesk::Server {

namespace {

termios savedTerminal {};

// Ctrl+C while echo is off must not leave the terminal silent; tcsetattr
// and _exit are async-signal-safe.
void restoreAndExit(int)
{
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    ::_exit(130);
}

} // namespace

bool PasswordInput::readLine(bool hidden, QString *line)
{
    struct sigaction previous
    {
    };
    if (hidden) {
        if (::tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
            return false;
        struct sigaction action
        {
        };
        action.sa_handler = restoreAndExit;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &previous);
        termios quiet = savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // getline, not fgets into a buffer: its length keeps a NUL inside the
    // line (which the password rules then refuse) from silently cutting the
    // password short, and a long line is not split in two.
    char *buffer = nullptr;
    size_t capacity = 0;
    const ssize_t length = ::getline(&buffer, &capacity, stdin);
    const bool ok = length >= 0;
    if (hidden) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        ::sigaction(SIGINT, &previous, nullptr);
    }
    QString text = ok ? QString::fromUtf8(buffer, qsizetype(length)) : QString();
    std::free(buffer);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    *line = text;
    return ok;
}

bool PasswordInput::read(const QString &username, QString *password, QString *error)
{
    if (!::isatty(STDIN_FILENO)) {
        if (!readLine(false, password) || password->isEmpty()) {
            *error = QStringLiteral("no password on stdin (one line)");
            return false;
        }
        return true;
    }
    QString again;
    std::fprintf(stderr, "New password for %s: ", qPrintable(username));
    std::fflush(stderr);
    if (!readLine(true, password) || password->isEmpty()) {
        *error = QStringLiteral("no password given");
        return false;
    }
    if (const QString why = weakness(username, *password); !why.isEmpty()) {
        *error = why;
        return false;
    }
    std::fprintf(stderr, "The same password again: ");
    std::fflush(stderr);
    if (!readLine(true, &again) || again != *password) {
        *error = QStringLiteral("the two passwords differ");
        return false;
    }
    return true;
}

QString PasswordInput::weakness(const QString &username, const QString &password)
{
    const QString problem = PasswordRule::problem(username, password);
    return problem.isEmpty() ? problem : QStringLiteral("the password ") + problem;
}

} // namespace WalletDesk::Server
