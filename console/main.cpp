// walletdesk: composes the console from its libraries; nothing else lives here.
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "QuitSignals.h"
#include "Session.h"
#include "SignInDialog.h"
#include "SingleInstance.h"
#include "TelUri.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <optional>

using namespace WalletDesk;

namespace {

// The desktop's theme has the installed icon (hicolor, from the package);
// from a build directory, the sizes built into the program.
QIcon applicationIcon()
{
    QIcon builtIn;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/" WALLETDESK_APP_ID ".png").arg(size),
            QSize(size, size));
    return QIcon::fromTheme(QStringLiteral(WALLETDESK_APP_ID), builtIn);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WalletDesk"));
    QApplication::setApplicationName(QStringLiteral("walletdesk"));
    QApplication::setApplicationVersion(QStringLiteral(WALLETDESK_VERSION));
    // The desktop entry's name: the desktop matches windows to it (the
    // taskbar's icon and name).
    QGuiApplication::setDesktopFileName(QStringLiteral(WALLETDESK_APP_ID));
    QApplication::setWindowIcon(applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("WalletDesk, the call center console."));
    parser.addHelpOption();
    parser.addVersionOption();
    ConsoleSettings::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("tel-uri"),
        QObject::tr("A tel: link (as a softphone opens it): starts a call from that caller, as "
                    "--call does."),
        QStringLiteral("[tel:NUMBER]"));
    parser.process(app);
    QString caller = parser.value(QStringLiteral("call"));

    // A tel: link (the desktop entry's %u) names the caller as --call does.
    // One refused is told on stderr, and in a window when this start would
    // have become the console (a softphone's start has no terminal): the
    // lambda says it in the language loaded when it is called.
    const QStringList uris = parser.positionalArguments();
    const auto refusal = [&uris, calledToo = !caller.isEmpty()]() -> QString {
        if (uris.isEmpty())
            return {};
        if (calledToo)
            return QObject::tr("Give either --call or a tel: link, not both.");
        if (uris.size() > 1)
            return QObject::tr("Only one tel: link at a time: %1").arg(uris.join(u' '));
        if (!TelUri::isTelUri(uris.first()))
            return QObject::tr("Not a tel: link: %1").arg(uris.first());
        if (!TelUri::callerNumber(uris.first()))
            return QObject::tr("Not a telephone number: %1").arg(uris.first());
        return {};
    };
    const bool refused = !refusal().isEmpty();
    if (!refused && !uris.isEmpty())
        caller = *TelUri::callerNumber(uris.first());

    // One console per desktop session: a second start hands its call over.
    SingleInstance instance(
        qEnvironmentVariable("WALLETDESK_INSTANCE", SingleInstance::defaultName()));
    const bool first = instance.claim();
    if (refused)
        std::fprintf(stderr, "walletdesk: %s\n", qPrintable(refusal()));
    if (!first) {
        if (refused)
            return 2;
        if (caller.isEmpty()) {
            std::fprintf(stderr, "walletdesk: already running\n");
            return 0;
        }
        if (!instance.forward(caller)) {
            std::fprintf(stderr, "walletdesk: the running console did not take the call\n");
            return 1;
        }
        return 0;
    }

    QSettings stored;
    // IT's file for every user of this PC: /etc/xdg/WalletDesk/walletdesk.conf.
    const QSettings deployment(QSettings::NativeFormat, QSettings::SystemScope,
        QApplication::organizationName(), QApplication::applicationName());
    ConsoleSettings settings = ConsoleSettings::load(stored, &deployment);
    LanguageSwitch language;
    // Problems with the other options are told in the language asked for.
    language.setLanguage(
        languageFromCode(parser.value(QStringLiteral("lang"))).value_or(settings.language));
    if (refused) {
        QMessageBox::critical(nullptr, QObject::tr("WalletDesk"), refusal());
        return 2;
    }
    if (const QString error = settings.applyOptions(parser); !error.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("WalletDesk"), error);
        return 2;
    }
    language.setLanguage(settings.language);
    QObject::connect(&language, &LanguageSwitch::languageChanged, &app,
        [&stored](Language chosen) { ConsoleSettings::saveLanguage(stored, chosen); });
    // A signal (the desktop session ending, a kill) quits the ordinary way:
    // signed out below unless the settings keep the sign-in.
    QuitSignals quitSignals;
    QObject::connect(&quitSignals, &QuitSignals::received, &app, [] { QCoreApplication::exit(0); });

    // One agent after another on a shared PC: each sign-in gets a console
    // core and a window of its own, so nothing of the previous agent's
    // calls and customers is left on screen or in memory.
    std::optional<SessionRevoker::Outcome> signedOut;
    for (;;) {
        ConsoleCore core(settings);
        QString error;
        if (!core.init(&error)) {
            QMessageBox::critical(nullptr, QObject::tr("WalletDesk"), error);
            return 2;
        }
        // Sessions of earlier sign-outs that could not reach the server.
        core.sendPendingRevocations();
        MainWindow window(&core, &language);
        QObject::connect(&instance, &SingleInstance::callReceived, &window, &MainWindow::takeCall);
        QObject::connect(
            &core, &ConsoleCore::storeProblem, &window, [&window](const QString &message) {
                QMessageBox::warning(&window, QObject::tr("WalletDesk"), message);
            });
        // The window closes once signed out (the Sign out command, giving up
        // at the idle lock, or the server ending the sign-in): the next sign-in.
        bool signInAgain = false;
        QObject::connect(&window, &MainWindow::signedOut, &app, [&signInAgain] {
            signInAgain = true;
            QCoreApplication::exit(0);
        });
        QObject::connect(
            &window, &MainWindow::quitRequested, &app, [] { QCoreApplication::exit(0); });

        SignInDialog signIn(core.session(), settings.serverUrl.toString());
        if (signedOut)
            signIn.showSignedOut(*signedOut);
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        window.show();
        if (!caller.isEmpty())
            window.takeCall(std::exchange(caller, {}));
        const int rc = app.exec();
        if (signInAgain) {
            signedOut = core.session()->lastSignOut();
            continue;
        }
        // Quit, however it came: the session ends on the server and in the
        // keychain before the process does, unless the settings keep it.
        core.signOutBeforeQuit((2 * settings.requestTimeoutSeconds + 5) * 1000);
        return rc;
    }
}
