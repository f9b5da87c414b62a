#pragma once

#include "Language.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QCommandLineParser;
class QSettings;

namespace WalletDesk {

// The console's non-secret settings: stored in QSettings, overridable from the
// command line. Nothing secret is ever written here.
class ConsoleSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSettings)

public:
    QUrl serverUrl = QUrl(QStringLiteral("https://127.0.0.1:8443"));
    QString caFile; // trusted in addition to the system store
    QString pinSha256; // base64 SHA-256 of the server's public key (SPKI), optional
    Language language = Language::Chinese;
    int idleLockSeconds = 300;
    int requestTimeoutSeconds = 20;
    // Deployment setting: quitting the console signs the agent out (the
    // server session is revoked, the keychain entry deleted), because a
    // call-center PC is shared. A deployment where each agent has a PC of
    // their own may turn it off; then quitting keeps the sign-in.
    bool signOutOnQuit = true;

    static ConsoleSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    // The agent picked another language in the menu: kept for the next start.
    static void saveLanguage(QSettings &settings, Language language);

    // Adds --server, --ca, --pin, --lang, --idle-lock and --call to a parser.
    static void addOptions(QCommandLineParser &parser);
    // Applies what the command line says; returns an error text, or empty.
    QString applyOptions(const QCommandLineParser &parser);
    // Empty when the settings are usable, else what is wrong.
    QString validate() const;
};

} // namespace WalletDesk
