#include "AbuseLimits.h"

#include <QCommandLineParser>

namespace WalletDesk::Server {

namespace {

struct Option
{
    const char *name;
    const char *help;
    int AbuseLimits::*field;
    int min, max;
};

const Option options[] = {
    {"sms-interval", "Seconds between two one-time codes to one customer (default 60).",
        &AbuseLimits::smsIntervalSeconds, 0, 3600},
    {"sms-per-account-hour", "One-time codes to one customer in any hour (default 5).",
        &AbuseLimits::smsPerAccountPerHour, 1, 1000},
    {"sms-per-agent-hour", "One-time codes one agent sends in any hour (default 60).",
        &AbuseLimits::smsPerAgentPerHour, 1, 100000},
    {"question-failures-per-day",
        "Wrong security-question answers for one customer in any 24 hours before only SMS is "
        "offered (default 5).",
        &AbuseLimits::questionFailuresPerDay, 1, 1000},
};

} // namespace

void AbuseLimits::addOptions(QCommandLineParser &parser)
{
    const AbuseLimits defaults;
    for (const Option &o : options)
        parser.addOption(QCommandLineOption(QLatin1String(o.name), QLatin1String(o.help),
            QStringLiteral("n"), QString::number(defaults.*o.field)));
}

bool AbuseLimits::readOptions(const QCommandLineParser &parser, QString *error)
{
    for (const Option &o : options) {
        bool ok = false;
        const int value = parser.value(QLatin1String(o.name)).toInt(&ok);
        if (!ok || value < o.min || value > o.max) {
            *error = QStringLiteral("--%1 must be %2 to %3")
                         .arg(QLatin1String(o.name))
                         .arg(o.min)
                         .arg(o.max);
            return false;
        }
        this->*o.field = value;
    }
    return true;
}

} // namespace WalletDesk::Server
