// A very long transaction log in the real window against a server on
// loopback, from its far end (issue #13):
//  1. Ctrl+End on the log: the time from the key event on the view until the
//     oldest row is selected and the view's viewport has painted it, over
//     several rounds (each from the newest end again, Ctrl+Home). Goal
//     <= 200 ms.
//  2. Before the jump: Ctrl+End as QTableView has it without the tab's
//     handler (the last loaded row, then the next page as the view asks),
//     pressed again every tick until the oldest row, capped.
//  3. Scrolling up from the oldest row, newer pages coming in above, and
//     paging down from the newest with the Page Down key (selection and
//     detail pane following): the longest stretch of GUI-thread time between
//     two turns of the event loop. Goal <= 8 ms (one 120 Hz frame).
// The status column carries its markers (失败·已扣款 …) throughout.
//   log_ends --server URL --ca FILE [--account ID] [--rounds N] [--expect-rows N]
//            [--before-cap S] [--rows-per-tick N] [--tick-ms MS] [--key-presses N]
//            [--parts up,keys,before]
#include "BenchSupport.h"
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "StallProbe.h"
#include "TransactionListModel.h"
#include "TransactionsTab.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace WalletDesk;

namespace {
// Tells after an event has been handled: an event filter sees a paint
// before it happens, and "on screen" means the viewport has painted.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;
    std::function<void(QObject *, QEvent::Type)> afterEvent;

    bool notify(QObject *receiver, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        const bool result = QApplication::notify(receiver, event);
        if (afterEvent)
            afterEvent(receiver, type);
        return result;
    }
};

void sendKey(QWidget *to, int key, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QApplication::sendEvent(to, &press);
    QApplication::sendEvent(to, &release);
}

// Runs the event loop until done() holds (checked every millisecond) or
// timeoutMs passes; whether it held.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!done())
        loop.exec();
    return done();
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void printStalls(const char *what, const Bench::StallProbe &probe)
{
    int over16 = 0;
    int busyOver8 = 0;
    for (double g : probe.gaps())
        over16 += g > 16.0;
    for (double b : probe.busy())
        busyOver8 += b > 8.0;
    std::printf("  %-40s longest gap %6.1f ms, GUI thread ran at most %5.1f ms (goal <= 8)\n", what,
        probe.longest(), probe.longestBusy());
    std::printf("  %-40s gaps p50 %5.2f / p95 %5.2f ms, GUI time p99 %5.2f ms; %lld gaps, %d over "
                "16 ms, %d with over 8 ms of GUI time\n",
        "", Bench::percentile(probe.gaps(), 50), Bench::percentile(probe.gaps(), 95),
        Bench::percentile(probe.busy(), 99), qint64(probe.gaps().size()), over16, busyOver8);
    std::printf("  %-40s (that gap ended at CLOCK_MONOTONIC %.3f s)\n", "", probe.longestBusyEnd());
}
} // namespace

int main(int argc, char *argv[])
{
    BenchApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("server"), QStringLiteral("url"), QStringLiteral("url")},
        {QStringLiteral("ca"), QStringLiteral("file"), QStringLiteral("file")},
        {QStringLiteral("account"), QStringLiteral("id"), QStringLiteral("id"),
            QStringLiteral("4")},
        {QStringLiteral("rounds"), QStringLiteral("n"), QStringLiteral("n"), QStringLiteral("20")},
        {QStringLiteral("expect-rows"), QStringLiteral("rows in the log, for the extrapolation"),
            QStringLiteral("n"), QStringLiteral("200000")},
        {QStringLiteral("before-cap"), QStringLiteral("seconds"), QStringLiteral("s"),
            QStringLiteral("60")},
        {QStringLiteral("rows-per-tick"), QStringLiteral("n"), QStringLiteral("n"),
            QStringLiteral("100")},
        {QStringLiteral("tick-ms"), QStringLiteral("ms"), QStringLiteral("ms"),
            QStringLiteral("16")},
        {QStringLiteral("parts"),
            QStringLiteral("after the jumps, which of up,keys,before to run (default all)"),
            QStringLiteral("list"), QStringLiteral("up,keys,before")},
        {QStringLiteral("key-presses"), QStringLiteral("n"), QStringLiteral("n"),
            QStringLiteral("1000")}});
    parser.process(app);

    ConsoleSettings settings;
    settings.serverUrl = QUrl(parser.value(QStringLiteral("server")));
    settings.caFile = parser.value(QStringLiteral("ca"));
    ConsoleCore core(settings);
    QTemporaryDir dir;
    core.setStorePathOverride(dir.filePath(QStringLiteral("cache.sqlite")));
    QString error;
    if (!core.init(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (!Bench::signInAgent01(core)) {
        std::fprintf(stderr, "cannot sign in as agent01\n");
        return 2;
    }
    LanguageSwitch language;
    language.setLanguage(Language::Chinese);
    MainWindow window(&core, &language);
    window.resize(1360, 820);
    window.show();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("accountTabs"));
    auto *view = window.findChild<QTableView *>(QStringLiteral("transactions"));
    auto *tab = window.findChild<TransactionsTab *>();
    tabs->setCurrentWidget(view->parentWidget());
    QWidget *viewport = view->viewport();
    QScrollBar *bar = view->verticalScrollBar();
    TransactionListModel *model = window.transactions();
    settle(500); // the sync engine's first round, reference data

    const qint64 accountId = parser.value(QStringLiteral("account")).toLongLong();
    const int tickMs = parser.value(QStringLiteral("tick-ms")).toInt();
    const int rowsPerTick = parser.value(QStringLiteral("rows-per-tick")).toInt();
    const QStringList parts = parser.value(QStringLiteral("parts")).split(u',');
    const qint64 expectRows = parser.value(QStringLiteral("expect-rows")).toLongLong();
    window.openAccount(accountId);
    if (!runUntil([&] { return model->rowCount() > 0 && !model->isLoading(); }, 30000)) {
        std::fprintf(stderr, "no rows within 30 s: %s\n", qPrintable(model->lastError()));
        return 3;
    }
    settle(300);
    std::printf("transaction log of account %lld over %s\n", accountId,
        qPrintable(settings.serverUrl.toString()));

    // The row is selected and the viewport has painted with it in view.
    const auto lastRowShown = [&] {
        const int last = model->rowCount() - 1;
        return last >= 0 && view->selectionModel()->isRowSelected(last, {})
            && viewport->rect().intersects(view->visualRect(model->index(last, 0)));
    };
    // Back to the newest end, settled, as an agent would start.
    const auto toNewest = [&] {
        sendKey(view, Qt::Key_Home, Qt::ControlModifier);
        const bool ok = runUntil(
            [&] {
                return model->rowCount() > 0 && !model->isLoading()
                    && view->selectionModel()->isRowSelected(0, {});
            },
            10000);
        settle(300);
        return ok;
    };

    // The log as opening the account leaves it: the newest page only (a
    // Ctrl+Home with every row loaded keeps them all).
    // Dropping a long log (a filter changed, another day) is the GUI
    // thread's too: the rows are freed in the reset.
    const auto reopenLog = [&] {
        const int rowsBefore = model->rowCount();
        QElapsedTimer clock;
        const double cpu = Bench::StallProbe::threadCpuMs();
        clock.start();
        tab->showAccount(accountId, {});
        if (rowsBefore > 10000)
            std::printf("\n(reopening the log with %d rows loaded: %.1f ms, GUI thread %.1f ms)\n",
                rowsBefore, double(clock.nsecsElapsed()) / 1e6,
                Bench::StallProbe::threadCpuMs() - cpu);
        const bool ok
            = runUntil([&] { return model->rowCount() > 0 && !model->isLoading(); }, 10000);
        settle(300);
        return ok;
    };

    // 1. Ctrl+End, round after round.
    bool resetSeen = false;
    QObject::connect(model, &QAbstractItemModel::modelReset, &app, [&] { resetSeen = true; });
    QList<double> jumps;
    double firstJump = -1;
    qint64 oldestId = 0;
    QString oldestAt;
    Bench::StallProbe jumpProbe;
    const int rounds = qMax(2, parser.value(QStringLiteral("rounds")).toInt());
    for (int round = 0; round < rounds; ++round) {
        if (!toNewest()) {
            std::fprintf(stderr, "Ctrl+Home: no newest rows in round %d\n", round);
            return 4;
        }
        QEventLoop landed;
        QElapsedTimer clock;
        double ms = -1;
        resetSeen = false;
        // A reset first: the rows of the newest end must not count.
        app.afterEvent = [&](QObject *receiver, QEvent::Type type) {
            if (ms < 0 && receiver == viewport && type == QEvent::Paint && resetSeen
                && lastRowShown()) {
                ms = double(clock.nsecsElapsed()) / 1e6;
                landed.quit();
            }
        };
        QTimer::singleShot(10000, &landed, &QEventLoop::quit);
        jumpProbe.start();
        clock.start();
        sendKey(view, Qt::Key_End, Qt::ControlModifier);
        if (ms < 0)
            landed.exec();
        jumpProbe.stop();
        app.afterEvent = {};
        if (ms < 0) {
            std::fprintf(
                stderr, "Ctrl+End: the oldest row not shown within 10 s (round %d)\n", round);
            return 5;
        }
        const Transaction &oldest = model->at(model->rowCount() - 1);
        if (round == 0) {
            firstJump = ms;
            oldestId = oldest.id;
            oldestAt = oldest.createdAt.toString(Qt::ISODate);
        } else {
            jumps.append(ms);
            if (oldest.id != oldestId) {
                std::fprintf(stderr, "round %d landed on %lld, not %lld\n", round,
                    qint64(oldest.id), oldestId);
                return 6;
            }
        }
    }
    std::printf("\n1. Ctrl+End to the oldest row (id %lld, %s), key event to painted:\n", oldestId,
        qPrintable(oldestAt));
    std::printf(
        "  first round                              %8.1f ms   (goal <= 200 ms)\n", firstJump);
    Bench::printLatency("  next rounds", jumps);
    std::printf("  %-40s %8.1f ms\n", "slowest of all rounds",
        qMax(firstJump, Bench::percentile(jumps, 100)));
    printStalls("GUI during the jumps", jumpProbe);

    if (parts.contains(QStringLiteral("up"))) {
        // 3a. Up from the oldest row (where the last round left it): newer pages
        // come in above as the view reaches the top, a few screens a tick.
        Bench::StallProbe upProbe;
        QElapsedTimer upClock;
        {
            QEventLoop done;
            QTimer ticker;
            ticker.setInterval(tickMs);
            QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
                if (bar->value() <= bar->minimum() && !model->canFetchNewer()
                    && !model->isLoading()) {
                    done.quit();
                    return;
                }
                bar->setValue(qMax(bar->minimum(), bar->value() - rowsPerTick));
            });
            upProbe.start();
            upClock.start();
            ticker.start();
            done.exec();
            upProbe.stop();
        }
        const int allRows = model->rowCount();
        int marked = 0;
        for (int r = 0; r < allRows; ++r)
            marked += model->exceptionAt(r) != TransactionListModel::Exception::None;
        std::printf(
            "\n3a. scrolling up from the oldest row, newer pages inserted above (%d rows every "
            "%d ms):\n",
            rowsPerTick, tickMs);
        std::printf("  %-40s %8.1f s, %d rows, %d of them with a status marker\n",
            "to the newest in", double(upClock.nsecsElapsed()) / 1e9, allRows, marked);
        printStalls("GUI while scrolling up", upProbe);
    }

    if (parts.contains(QStringLiteral("keys"))) {
        // 3b. Page Down from the newest row of a freshly opened log, as an
        // agent holding the key: the selection moves, the detail pane follows,
        // pages load below.
        if (!reopenLog()) {
            std::fprintf(stderr, "no newest rows on reopening\n");
            return 7;
        }
        view->setFocus();
        Bench::StallProbe keyProbe;
        QElapsedTimer keyClock;
        const int presses = parser.value(QStringLiteral("key-presses")).toInt();
        {
            QEventLoop done;
            QTimer ticker;
            int sent = 0;
            ticker.setInterval(tickMs);
            QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
                if (sent++ >= presses) {
                    done.quit();
                    return;
                }
                sendKey(view, Qt::Key_PageDown, Qt::NoModifier);
            });
            keyProbe.start();
            keyClock.start();
            ticker.start();
            done.exec();
            keyProbe.stop();
        }
        std::printf(
            "\n3b. Page Down from the newest row, %d presses every %d ms:\n", presses, tickMs);
        std::printf("  %-40s %8.1f s, on row %d of %d loaded\n", "pressed for",
            double(keyClock.nsecsElapsed()) / 1e9, view->currentIndex().row(), model->rowCount());
        printStalls("GUI while paging down", keyProbe);
    }

    if (parts.contains(QStringLiteral("before"))) {
        // 2. Before: QTableView's own Ctrl+End (the tab's handler taken off the
        // view for this part), pressed again each tick: the last loaded row, the
        // view asks for the next page, and so on to the oldest.
        if (!reopenLog()) {
            std::fprintf(stderr, "no newest rows on reopening\n");
            return 8;
        }
        view->removeEventFilter(tab);
        const double capS = parser.value(QStringLiteral("before-cap")).toDouble();
        QElapsedTimer beforeClock;
        Bench::StallProbe beforeProbe;
        double beforeMs = -1;
        {
            QEventLoop done;
            QTimer ticker;
            ticker.setInterval(tickMs);
            QObject::connect(&ticker, &QTimer::timeout, &app,
                [&] { sendKey(view, Qt::Key_End, Qt::ControlModifier); });
            app.afterEvent = [&](QObject *receiver, QEvent::Type type) {
                if (beforeMs < 0 && receiver == viewport && type == QEvent::Paint
                    && !model->canFetchMore({}) && !model->isLoading() && lastRowShown()) {
                    beforeMs = double(beforeClock.nsecsElapsed()) / 1e6;
                    done.quit();
                }
            };
            QTimer::singleShot(int(capS * 1000), &done, &QEventLoop::quit);
            beforeProbe.start();
            beforeClock.start();
            sendKey(view, Qt::Key_End, Qt::ControlModifier);
            ticker.start();
            done.exec();
            beforeProbe.stop();
            app.afterEvent = {};
        }
        view->installEventFilter(tab);
        const double beforeS = double(beforeClock.nsecsElapsed()) / 1e9;
        const int reached = model->rowCount();
        std::printf(
            "\n2. before the jump: QTableView's Ctrl+End pressed every %d ms until the oldest "
            "row:\n",
            tickMs);
        if (beforeMs >= 0) {
            std::printf("  %-40s %8.1f s (%d rows, %.0f rows/s)\n", "oldest row shown after",
                beforeMs / 1e3, reached, reached / (beforeMs / 1e3));
        } else {
            const double rate = reached / beforeS;
            std::printf("  %-40s > %.0f s: %d of %lld rows reached (%.0f rows/s); at that rate the "
                        "oldest row would take about %.0f s (extrapolated)\n",
                "oldest row shown after", capS, reached, expectRows, rate,
                double(expectRows) / rate);
        }
        printStalls("GUI while pressing", beforeProbe);
        std::printf("  oldest id %lld here, %lld by the jump\n",
            reached > 0 ? qint64(model->at(reached - 1).id) : 0, oldestId);
    }
    return 0;
}
