#include "ConsoleSettings.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>

namespace WalletDesk {

namespace {
// Only an explicit false (or 0) keeps the sign-in at quit; anything else signs out.
bool readSignOutOnQuit(const QVariant &value)
{
    const QString text = value.toString().trimmed().toLower();
    return text != QLatin1String("false") && text != QLatin1String("0");
}

const QString serverKey = QStringLiteral("server/url");
const QString caKey = QStringLiteral("server/caFile");
const QString pinKey = QStringLiteral("server/pinSha256");
const QString languageKey = QStringLiteral("ui/language");
const QString idleKey = QStringLiteral("security/idleLockSeconds");
// IT thinks of the idle lock in minutes; the user's file kept seconds.
const QString idleMinutesKey = QStringLiteral("security/idleLockMinutes");
const QString timeoutKey = QStringLiteral("network/timeoutSeconds");
const QString signOutOnQuitKey = QStringLiteral("security/signOutOnQuit");
} // namespace

ConsoleSettings ConsoleSettings::load(QSettings &settings, const QSettings *deployment)
{
    // QSettings falls back from the user's file to the system's for a key the
    // user's lacks; that order is the wrong way round for a deployment, so the
    // two are read apart.
    const bool fallbacks = settings.fallbacksEnabled();
    settings.setFallbacksEnabled(false);
    ConsoleSettings s;
    s.serverUrl = QUrl(settings.value(serverKey, s.serverUrl.toString()).toString());
    s.caFile = settings.value(caKey).toString();
    s.pinSha256 = settings.value(pinKey).toString();
    const auto chosen = languageFromCode(settings.value(languageKey).toString());
    s.language = chosen.value_or(s.language);
    s.m_languageChosen = chosen.has_value();
    // A hand-edited file may hold anything: out-of-range numbers fall back.
    const int idle = settings.value(idleKey, s.idleLockSeconds).toInt();
    s.idleLockSeconds = idle >= 30 && idle <= 86400 ? idle : 300;
    const int timeout = settings.value(timeoutKey, s.requestTimeoutSeconds).toInt();
    s.requestTimeoutSeconds = timeout >= 2 && timeout <= 300 ? timeout : 20;
    s.signOutOnQuit = readSignOutOnQuit(settings.value(signOutOnQuitKey, true));
    settings.setFallbacksEnabled(fallbacks);
    if (deployment)
        s.applyDeployment(*deployment);
    return s;
}

void ConsoleSettings::applyDeployment(const QSettings &deployment)
{
    if (deployment.allKeys().isEmpty())
        return;
    deploymentFile = deployment.fileName();
    const auto fix = [&](const QString &key, const char *option) {
        if (!deployment.contains(key))
            return false;
        fixedByDeployment.append(QString::fromLatin1(option));
        return true;
    };
    if (fix(serverKey, "server"))
        serverUrl = QUrl(deployment.value(serverKey).toString());
    if (fix(caKey, "ca"))
        caFile = deployment.value(caKey).toString();
    if (fix(pinKey, "pin"))
        pinSha256 = deployment.value(pinKey).toString();
    if (fix(idleMinutesKey, "idle-lock")) {
        // Out of range in IT's file is not the user's to repair: the strictest.
        const int minutes = deployment.value(idleMinutesKey).toInt();
        idleLockSeconds = minutes >= 1 && minutes <= 1440 ? minutes * 60 : 60;
    }
    if (deployment.contains(signOutOnQuitKey)) {
        signOutOnQuit = readSignOutOnQuit(deployment.value(signOutOnQuitKey));
        signOutOnQuitFixed = true;
    }
    // The language is a default: the user's own choice, when made, stands.
    if (deployment.contains(languageKey) && !m_languageChosen)
        language = languageFromCode(deployment.value(languageKey).toString()).value_or(language);
}

void ConsoleSettings::save(QSettings &settings) const
{
    settings.setValue(serverKey, serverUrl.toString());
    settings.setValue(caKey, caFile);
    settings.setValue(pinKey, pinSha256);
    settings.setValue(languageKey, languageCode(language));
    settings.setValue(idleKey, idleLockSeconds);
    settings.setValue(timeoutKey, requestTimeoutSeconds);
    settings.setValue(signOutOnQuitKey, signOutOnQuit);
}

void ConsoleSettings::saveLanguage(QSettings &settings, Language language)
{
    settings.setValue(languageKey, languageCode(language));
}

void ConsoleSettings::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("server"), tr("Server address, https://host:port."), tr("url")});
    parser.addOption(
        {QStringLiteral("ca"), tr("Extra CA certificate file (PEM) to trust."), tr("file")});
    parser.addOption({QStringLiteral("pin"),
        tr("Expected SHA-256 of the server's public key, base64."), tr("pin")});
    parser.addOption(
        {QStringLiteral("lang"), tr("Interface language: zh_CN or en."), tr("language")});
    parser.addOption({QStringLiteral("idle-lock"),
        tr("Lock the console after this many idle seconds."), tr("seconds")});
    parser.addOption(
        {QStringLiteral("call"), tr("Start a call from this caller number."), tr("number")});
}

QString ConsoleSettings::applyOptions(const QCommandLineParser &parser)
{
    for (const QString &option : fixedByDeployment) {
        if (parser.isSet(option))
            return tr("--%1 cannot be used on this computer: it is set for every user in %2.")
                .arg(option, deploymentFile);
    }
    if (parser.isSet(QStringLiteral("server")))
        serverUrl = QUrl(parser.value(QStringLiteral("server")));
    if (parser.isSet(QStringLiteral("ca")))
        caFile = parser.value(QStringLiteral("ca"));
    if (parser.isSet(QStringLiteral("pin")))
        pinSha256 = parser.value(QStringLiteral("pin"));
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString code = parser.value(QStringLiteral("lang"));
        const auto chosen = languageFromCode(code);
        if (!chosen)
            return tr("Unknown language \"%1\"; use zh_CN or en.").arg(code);
        language = *chosen;
    }
    if (parser.isSet(QStringLiteral("idle-lock"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("idle-lock")).toInt(&ok);
        if (!ok || seconds < 30 || seconds > 86400)
            return tr("--idle-lock must be between 30 and 86400 seconds.");
        idleLockSeconds = seconds;
    }
    return validate();
}

QString ConsoleSettings::validate() const
{
    if (!serverUrl.isValid() || serverUrl.host().isEmpty())
        return tr("The server address \"%1\" is not a valid URL.").arg(serverUrl.toString());
    if (serverUrl.scheme() != QLatin1String("https"))
        return tr("The server address must start with https://; WalletDesk never talks to a server "
                  "unencrypted.");
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return tr("The CA file %1 cannot be read.").arg(caFile);
    if (!pinSha256.isEmpty() && QByteArray::fromBase64(pinSha256.toLatin1()).size() != 32)
        return tr("The public-key pin must be a base64 SHA-256 digest (44 characters).");
    return {};
}

} // namespace WalletDesk
