// Makes the PNGs in docs/screenshots/ (run by scripts/screenshots.sh under
// Xvfb): a real server with demo data, the real windows, in Chinese.
#include "AccountSearchModel.h"
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "Session.h"
#include "SignInDialog.h"
#include "TestServer.h"
#include "TransactionListModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace WalletDesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    TestServer server;
    if (!server.prepare({200, 5000, {}}) || !server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    ConsoleSettings settings;
    settings.serverUrl = QUrl(server.baseUrl());
    settings.caFile = server.caFile();
    ConsoleCore core(settings);
    QTemporaryDir dir;
    core.setStorePathOverride(dir.filePath(QStringLiteral("cache.sqlite")));
    QString error;
    core.init(&error);
    LanguageSwitch language;
    language.setLanguage(QStringLiteral("zh_CN"));

    SignInDialog signIn(core.session(), QStringLiteral("https://127.0.0.1:8443"));
    signIn.setUsername(QStringLiteral("agent01"));
    signIn.resize(420, 260);
    signIn.show();
    QTest::qWait(300);
    signIn.grab().save(out + QStringLiteral("/signin-zh.png"));
    core.session()->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
    if (!QTest::qWaitFor([&] { return core.session()->state() == Session::State::SignedIn; }, 20000))
        return 2;
    signIn.hide();

    MainWindow window(&core, &language);
    window.resize(1360, 820);
    window.show();
    window.takeCall(QStringLiteral("+8613800138000"));
    if (!QTest::qWaitFor([&] { return window.candidates()->rowCount() > 0; }, 20000))
        return 3;
    window.openAccount(1);
    QTest::qWait(1500);
    window.grab().save(out + QStringLiteral("/agent-overview-zh.png"));
    window.findChild<QTabWidget *>()->setCurrentIndex(1);
    if (!QTest::qWaitFor([&] { return window.transactions()->rowCount() > 0; }, 20000))
        return 4;
    window.findChild<QTableView *>(QStringLiteral("transactions"))->selectRow(0);
    QTest::qWait(500);
    window.grab().save(out + QStringLiteral("/agent-transactions-zh.png"));
    std::printf("screenshots written to %s\n", qPrintable(out));
    return 0;
}
