#include "ServerLog.h"

#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace WalletDesk::Server {
Q_LOGGING_CATEGORY(lcServer, "walletdesk.server")
} // namespace WalletDesk::Server

namespace WalletDesk::Server::ServerLog {

namespace {

bool toJournal = false;

// Nine or more digits, perhaps grouped by spaces or dashes: a phone number
// (11), an account number (16), a card (13 to 19) or an ID number (18, its
// last character perhaps X). Ports, counts and dates are shorter.
const QRegularExpression &longNumber()
{
    static const QRegularExpression re(QStringLiteral("\\+?\\d(?:[ -]?\\d){8,}[Xx]?"));
    return re;
}

// Bearer and refresh tokens are 43 characters of base64url; hashes and
// secrets are as long or longer.
const QRegularExpression &tokenLike()
{
    // With a digit and a letter: long SQL identifiers stay readable.
    static const QRegularExpression re(
        QStringLiteral("(?=[A-Za-z_\\-+=]*[0-9])(?=[0-9_\\-+=]*[A-Za-z])[A-Za-z0-9_\\-+=]{32,}"));
    return re;
}

const QRegularExpression &email()
{
    static const QRegularExpression re(QStringLiteral("[^\\s@\"'<>()]+@[^\\s@\"'<>()]+"));
    return re;
}

int priorityOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 7;
    case QtInfoMsg:
        return 6;
    case QtWarningMsg:
        return 4;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 2;
    }
    return 6;
}

const char *levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = scrub(message).toUtf8();
    const char *category = context.category ? context.category : "default";
    if (toJournal)
        std::fprintf(
            stderr, "<%d>%s %s: %s\n", priorityOf(type), levelOf(type), category, line.constData());
    else
        std::fprintf(stderr, "%s %s: %s\n", levelOf(type), category, line.constData());
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString scrub(const QString &message)
{
    QString text = message;
    // PostgreSQL: "ERROR: duplicate key ...\nDETAIL: Key (phone)=(138...) exists."
    if (const qsizetype detail = text.indexOf(QLatin1String("DETAIL:")); detail >= 0)
        text.truncate(detail);
    text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(email(), QStringLiteral("[e-mail]"));
    text.replace(tokenLike(), QStringLiteral("[redacted]"));
    text.replace(longNumber(), QStringLiteral("[number]"));
    return text.trimmed();
}

void install()
{
    // systemd names the journal's stream as "device:inode"; stderr may since
    // have been redirected elsewhere (systemd.exec(5), $JOURNAL_STREAM).
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    struct stat err
    {
    };
    toJournal = !stream.isEmpty() && ::fstat(STDERR_FILENO, &err) == 0
        && stream
            == QByteArray::number(quint64(err.st_dev)) + ':'
                + QByteArray::number(quint64(err.st_ino));
    qInstallMessageHandler(handler);
}

} // namespace WalletDesk::Server::ServerLog
