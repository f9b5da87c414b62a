#pragma once

#include "Language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

class QCommandLineParser;
class QSettings;

namespace WalletDesk {

// The console's non-secret settings: stored in QSettings, overridable from the
// command line. Nothing secret is ever written here.
//
// IT sets a call center's PCs up once, system-wide, in the deployment file
// (/etc/xdg/WalletDesk/walletdesk.conf: QSettings' system scope, the keys of
// the user's file except that the idle lock is security/idleLockMinutes, as IT
// thinks of it). What it sets there is fixed: neither the user's file nor
// the command line changes it, so an agent cannot point the console at another
// server or keep a shared PC signed in. The language there is only the
// default: an agent may pick another in the menu.
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

    // Which settings the deployment file fixed, by the command-line option that
    // would otherwise change them ("server", "ca", "pin", "idle-lock").
    QStringList fixedByDeployment;
    bool signOutOnQuitFixed = false;
    // The file it was read from, for messages; empty when there was none.
    QString deploymentFile;

    // The user's own settings, under what the deployment file fixes (when given).
    static ConsoleSettings load(QSettings &settings, const QSettings *deployment = nullptr);
    void save(QSettings &settings) const;
    // The agent picked another language in the menu: kept for the next start.
    static void saveLanguage(QSettings &settings, Language language);

    // Adds --server, --ca, --pin, --lang, --idle-lock and --call to a parser.
    static void addOptions(QCommandLineParser &parser);
    // Applies what the command line says; returns an error text, or empty. An
    // option for a setting the deployment fixed is an error that says so.
    QString applyOptions(const QCommandLineParser &parser);
    // Empty when the settings are usable, else what is wrong.
    QString validate() const;

private:
    void applyDeployment(const QSettings &deployment);

    bool m_languageChosen = false; // the user's file names a language
};

} // namespace WalletDesk
