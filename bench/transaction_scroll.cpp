// The transaction log of an account with a very long history, in the real
// window against a server on loopback: how soon the first rows are on screen
// after opening the account, the longest time the GUI thread was busy
// (a timer probe in the event loop) while scrolling from the newest to the
// oldest row, and the peak memory of the process.
// Goals: first rows within 150 ms; no stall over 16 ms; memory printed.
//   transaction_scroll --server URL --ca FILE --account ID [--rows-per-tick N] [--tick-ms MS]
// The default scroll is 100 rows every 16 ms (a frame at 60 Hz; a held-down
// key or a wheel delivers fewer), as fast as the pages arrive.
#include "BenchSupport.h"
#include "ConsoleCore.h"
#include "LanguageSwitch.h"
#include "MainWindow.h"
#include "Session.h"
#include "StallProbe.h"
#include "TransactionListModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

using namespace WalletDesk;

namespace {
// Peak resident memory of this process so far, in MiB.
double peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("server"), QStringLiteral("url"), QStringLiteral("url")},
        {QStringLiteral("ca"), QStringLiteral("file"), QStringLiteral("file")},
        {QStringLiteral("account"), QStringLiteral("id"), QStringLiteral("id"),
            QStringLiteral("4")},
        {QStringLiteral("rows-per-tick"), QStringLiteral("n"), QStringLiteral("n"),
            QStringLiteral("100")},
        {QStringLiteral("tick-ms"), QStringLiteral("ms"), QStringLiteral("ms"),
            QStringLiteral("16")}});
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
    tabs->setCurrentWidget(view->parentWidget());
    QEventLoop settle;
    QTimer::singleShot(
        500, &settle, &QEventLoop::quit); // sync engine's first round, reference data
    settle.exec();

    // First rows: from openAccount to the first paint of the list with rows in it.
    TransactionListModel *model = window.transactions();
    QElapsedTimer opened;
    double firstRowsMs = -1;
    struct PaintWatch : QObject
    {
        std::function<void()> onPaint;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && onPaint)
                onPaint();
            return false;
        }
    } watch;
    QEventLoop firstPaint;
    watch.onPaint = [&] {
        if (firstRowsMs < 0 && model->rowCount() > 0) {
            firstRowsMs = double(opened.nsecsElapsed()) / 1e6;
            firstPaint.quit();
        }
    };
    view->viewport()->installEventFilter(&watch);
    const qint64 accountId = parser.value(QStringLiteral("account")).toLongLong();
    Bench::StallProbe probe;
    probe.start();
    opened.start();
    window.openAccount(accountId);
    QTimer::singleShot(30000, &firstPaint, &QEventLoop::quit);
    firstPaint.exec();
    if (firstRowsMs < 0) {
        std::fprintf(stderr, "no rows within 30 s: %s\n", qPrintable(model->lastError()));
        return 3;
    }
    const double stallWhileOpening = probe.longest();

    // Scroll to the bottom, a few screens per tick like a held-down key,
    // waiting at the end of what is loaded as a user would.
    Bench::StallProbe scrollProbe;
    QScrollBar *bar = view->verticalScrollBar();
    const int rowsPerTick = parser.value(QStringLiteral("rows-per-tick")).toInt();
    QElapsedTimer scrolling;
    QEventLoop done;
    QTimer ticker;
    const int tickMs = parser.value(QStringLiteral("tick-ms")).toInt();
    ticker.setInterval(tickMs);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        if (bar->value() >= bar->maximum() && !model->canFetchMore({}) && !model->isLoading()) {
            done.quit();
            return;
        }
        bar->setValue(qMin(bar->maximum(), bar->value() + rowsPerTick));
    });
    scrollProbe.start();
    scrolling.start();
    ticker.start();
    done.exec();
    ticker.stop();
    scrollProbe.stop();
    const double scrollSeconds = double(scrolling.nsecsElapsed()) / 1e9;

    std::printf("transaction log of account %lld over %s: %d rows\n", accountId,
        qPrintable(settings.serverUrl.toString()), model->rowCount());
    std::printf(
        "first rows on screen after opening       %8.1f ms   (goal <= 150 ms)\n", firstRowsMs);
    std::printf("longest GUI stall while opening          %8.1f ms\n", stallWhileOpening);
    std::printf("scrolled top to bottom in                %8.1f s (%d rows every %d ms)\n",
        scrollSeconds, rowsPerTick, tickMs);
    std::printf("longest GUI stall while scrolling        %8.1f ms   (goal <= 16 ms)\n",
        scrollProbe.longest());
    std::printf("  of which the GUI thread ran at most    %8.1f ms\n", scrollProbe.longestBusy());
    int busyOver = 0;
    for (double b : scrollProbe.busy())
        busyOver += b > 8.0;
    std::printf(
        "gaps with over 8 ms of GUI-thread time   %8d   (goal 0: one 120 Hz frame)\n", busyOver);
    std::printf(
        "  the heaviest ended at CLOCK_MONOTONIC  %10.3f s (for perf --clockid monotonic)\n",
        scrollProbe.longestBusyEnd());
    Bench::printLatency("GUI stalls while scrolling", scrollProbe.gaps());
    int over = 0;
    for (double g : scrollProbe.gaps())
        over += g > 16.0;
    std::printf("stalls over 16 ms                        %8d\n", over);
    std::printf("peak memory                              %8.1f MiB\n", peakMiB());
    return 0;
}
