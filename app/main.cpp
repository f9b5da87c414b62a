// walletdesk: composes the console from its libraries; nothing else lives here.
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignInDialog.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>

using namespace WalletDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("WalletDesk"));
    QApplication::setApplicationName(QStringLiteral("walletdesk"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("WalletDesk, the call center console."));
    parser.addHelpOption();
    parser.addVersionOption();
    ConsoleSettings::addOptions(parser);
    parser.process(app);
    const QString caller = parser.value(QStringLiteral("call"));

    // One console per desktop session: a second start hands its call over.
    SingleInstance instance(qEnvironmentVariable("WALLETDESK_INSTANCE", SingleInstance::defaultName()));
    if (!instance.claim()) {
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
    ConsoleSettings settings = ConsoleSettings::load(stored);
    LanguageSwitch language;
    language.setLanguage(parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : settings.language);
    if (const QString error = settings.applyOptions(parser); !error.isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("WalletDesk"), error);
        return 2;
    }
    language.setLanguage(settings.language);

    ConsoleCore core(settings);
    QString error;
    if (!core.init(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("WalletDesk"), error);
        return 2;
    }
    MainWindow window(&core, &language);
    QObject::connect(&instance, &SingleInstance::callReceived, &window, &MainWindow::takeCall);
    QObject::connect(&core, &ConsoleCore::storeProblem, &window,
                     [&window](const QString &message) { QMessageBox::warning(&window, QObject::tr("WalletDesk"), message); });
    QObject::connect(&language, &LanguageSwitch::languageChanged, &app, [&stored](const QString &lang) {
        stored.setValue(QStringLiteral("ui/language"), lang);
    });
    // Locked after idle time, the window asks for the password (MainWindow);
    // giving up signs out and closes.
    QObject::connect(&window, &MainWindow::unlockAbandoned, &app, [&core] {
        core.session()->signOut();
        QApplication::quit();
    });

    SignInDialog signIn(core.session(), settings.serverUrl.toString());
    if (signIn.exec() != QDialog::Accepted)
        return 0;
    window.show();
    if (!caller.isEmpty())
        window.takeCall(caller);
    return app.exec();
}
