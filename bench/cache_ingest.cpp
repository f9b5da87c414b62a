// Cache ingest: rows/s of the RecordCache's bulk insert against the sqlite3
// command-line shell inserting the same rows into the same schema in one run.
// Goal: ratio at least 1.0.
#include "BenchSupport.h"
#include "RecordCache.h"
#include "StoreFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    const auto rows = Bench::transactions(count, 5000);
    QTemporaryDir dir;

    WalletDesk::StoreFile store;
    WalletDesk::RecordCache cache(&store);
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("ours.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!cache.putTransactions(rows, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double oursSeconds = double(timer.nsecsElapsed()) / 1e9;
    store.close();

    // The same rows as one SQL script for the shell, into the same schema:
    // take it from our own file so that both sides match exactly.
    QProcess schema;
    schema.start(QStringLiteral("sqlite3"),
        {dir.filePath(QStringLiteral("ours.sqlite")), QStringLiteral(".schema transactions")});
    schema.waitForFinished();
    QFile script(dir.filePath(QStringLiteral("ingest.sql")));
    script.open(QIODevice::WriteOnly);
    script.write("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n"
        + schema.readAllStandardOutput() + "BEGIN;\n");
    // The same values the cache binds, as SQL literals.
    auto text = [](const QString &value) -> QByteArray {
        if (value.isEmpty())
            return QByteArray("NULL");
        return "'" + value.toUtf8().replace('\'', "''") + "'";
    };
    auto number = [](qint64 value) { return QByteArray::number(value); };
    auto day = [](const std::optional<QDate> &d) {
        return d ? QByteArray::number(d->toJulianDay()) : QByteArray("NULL");
    };
    using WalletDesk::enumToString;
    for (const auto &t : rows) {
        const QList<QByteArray> values
            = {number(t.id), number(t.accountId), number(t.createdAt.toMSecsSinceEpoch()),
                text(t.orderNumber), text(enumToString(t.type)), text(enumToString(t.status)),
                number(t.amount.fen), text(t.amount.currency), number(t.fee.fen),
                text(t.fee.currency), text(t.merchant), text(t.counterparty),
                t.completedAt ? number(t.completedAt->toMSecsSinceEpoch()) : QByteArray("NULL"),
                text(t.failureReason), number(t.debited), text(enumToString(t.refundState)),
                day(t.reversalDue), text(t.bankName), text(t.maskedCard), day(t.expectedArrival)};
        script.write("INSERT OR REPLACE INTO transactions VALUES (" + values.join(',') + ");\n");
    }
    script.write("COMMIT;\n");
    script.close();
    QProcess shell;
    shell.setStandardInputFile(script.fileName());
    timer.restart();
    shell.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("shell.sqlite"))});
    shell.waitForFinished(-1);
    const double shellSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", shell.readAllStandardError().constData());
        return 1;
    }
    const double ours = count / oursSeconds;
    const double theirs = count / shellSeconds;
    std::printf(
        "cache ingest, %d transactions (binding from Transaction included on our side)\n", count);
    std::printf("  RecordCache bulk insert  %10.0f rows/s\n", ours);
    std::printf("  sqlite3 shell, one run   %10.0f rows/s\n", theirs);
    std::printf("  ratio                    %10.2f   (goal >= 1.0)\n", ours / theirs);
    return 0;
}
