#pragma once

#include <QString>

class QCommandLineParser;

namespace WalletDesk::Server {

// How often one customer can be sent a code or guess at a security
// question, and how many codes one agent can send: a hostile or careless
// client cannot flood a customer's phone or try answers until one fits.
// Past a limit the server answers 429 with Retry-After.
struct AbuseLimits
{
    int smsIntervalSeconds = 60; // one code per customer per this many seconds
    int smsPerAccountPerHour = 5; // codes to one customer in any hour
    int smsPerAgentPerHour = 60; // codes one agent sends in any hour
    int questionFailuresPerDay
        = 5; // wrong security answers for one customer in any 24 hours; then SMS only

    // The command-line options for these (--sms-interval, ...).
    static void addOptions(QCommandLineParser &parser);
    // Reads them back; false and *error when one is out of range.
    bool readOptions(const QCommandLineParser &parser, QString *error);
};

} // namespace WalletDesk::Server
