// A console without windows, for the tests that kill the console: signs in,
// queues --enqueue N complaints (marked with --marker), syncs until the
// outbox is empty, and exits 0. With --calls N it takes N calls instead,
// one after another as screen pops would (from --caller, on account
// --account, notes "--marker call i" then a card number), prints
// "draft saved <call id>" once the last call's notes are autosaved, and
// waits to be killed.
#include "CallSession.h"
#include "ComplaintService.h"
#include "ConsoleCore.h"
#include "DraftStore.h"
#include "Outbox.h"
#include "Session.h"
#include "SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace WalletDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("server"), QStringLiteral("url"), QStringLiteral("url")},
        {QStringLiteral("ca"), QStringLiteral("file"), QStringLiteral("file")},
        {QStringLiteral("store"), QStringLiteral("file"), QStringLiteral("file")},
        {QStringLiteral("enqueue"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("marker"), QStringLiteral("text"), QStringLiteral("text")},
        {QStringLiteral("calls"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("caller"), QStringLiteral("number"), QStringLiteral("number")},
        {QStringLiteral("account"), QStringLiteral("id"), QStringLiteral("id")}});
    parser.process(app);

    ConsoleSettings settings;
    settings.serverUrl = QUrl(parser.value(QStringLiteral("server")));
    settings.caFile = parser.value(QStringLiteral("ca"));
    ConsoleCore core(settings);
    core.setStorePathOverride(parser.value(QStringLiteral("store")));
    QString error;
    if (!core.init(&error)) {
        std::fprintf(stderr, "sync_runner: %s\n", qPrintable(error));
        return 2;
    }
    const int enqueue = parser.value(QStringLiteral("enqueue")).toInt();
    const QString marker = parser.value(QStringLiteral("marker"));
    core.sync()->setBackoff(100, 1000);
    QObject::connect(core.session(), &Session::signInFailed, &app, [](const QString &message) {
        std::fprintf(stderr, "sync_runner: %s\n", qPrintable(message));
        QCoreApplication::exit(3);
    });
    const int calls = parser.value(QStringLiteral("calls")).toInt();
    QTimer poll;
    QObject::connect(core.session(), &Session::signedIn, &app, [&] {
        if (calls > 0) {
            CallSession *call = core.call();
            for (int i = 0; i < calls; ++i) {
                call->start(parser.value(QStringLiteral("caller")));
                call->chooseAccount(parser.value(QStringLiteral("account")).toLongLong());
                call->setNotes(QStringLiteral("%1 call %2").arg(marker).arg(i));
                call->appendToNotes(QStringLiteral("卡号 6222 0212 3456 7810"));
            }
            // The autosave of the last call, as the agent types (every 3 s).
            QObject::connect(&poll, &QTimer::timeout, &app, [&] {
                if (core.drafts()->draft(core.call()->callId()).isEmpty())
                    return;
                poll.stop();
                std::printf("draft saved %s\n", qPrintable(core.call()->callId()));
                std::fflush(stdout);
            });
            poll.start(50);
            return;
        }
        for (int i = 0; i < enqueue; ++i) {
            ComplaintDraft d;
            d.channel = QStringLiteral("hotline");
            d.categoryCode = QStringLiteral("fees");
            d.description = QStringLiteral("%1-%2").arg(marker).arg(i, 4, 10, QLatin1Char('0'));
            core.complaints()->queue(d);
        }
        std::printf("queued %d, unsent %d\n", enqueue, core.outbox()->unsentCount());
        std::fflush(stdout);
        // Progress on stdout, so that a test can kill the runner mid-sync.
        auto check = [&] {
            std::printf("unsent %d\n", core.sync()->unsentCount());
            std::fflush(stdout);
            if (core.sync()->unsentCount() == 0)
                QCoreApplication::exit(0);
        };
        QObject::connect(core.sync(), &SyncEngine::unsentCountChanged, &app, check);
        check();
    });
    core.session()->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"));
    return app.exec();
}
