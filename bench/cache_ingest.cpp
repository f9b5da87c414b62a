// Cache ingest: rows/s of LocalStore's bulk insert against the sqlite3
// command-line shell inserting the same rows into the same schema in one run.
// Goal: ratio at least 0.5.
#include "BenchSupport.h"
#include "LocalStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    const auto rows = Bench::transactions(count, 5000);
    QTemporaryDir dir;

    WalletDesk::LocalStore store;
    QString error;
    if (!store.open(dir.filePath(QStringLiteral("ours.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    qsizetype encoded = 0;
    for (const auto &t : rows)
        encoded += QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact).size();
    const double encodeSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    store.putTransactions(rows);
    const double oursSeconds = double(timer.nsecsElapsed()) / 1e9;
    store.close();

    // The same rows as one SQL script for the shell, into the same schema:
    // take it from our own file so that both sides match exactly.
    QProcess schema;
    schema.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("ours.sqlite")), QStringLiteral(".schema transactions")});
    schema.waitForFinished();
    QFile script(dir.filePath(QStringLiteral("ingest.sql")));
    script.open(QIODevice::WriteOnly);
    script.write("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n" + schema.readAllStandardOutput() + "BEGIN;\n");
    for (const auto &t : rows) {
        QByteArray json = QJsonDocument(t.toJson()).toJson(QJsonDocument::Compact);
        json.replace('\'', "''");
        script.write("INSERT OR REPLACE INTO transactions (id, account_id, created_at, order_number, json) VALUES ("
                     + QByteArray::number(t.id) + ',' + QByteArray::number(t.accountId) + ','
                     + QByteArray::number(t.createdAt.toMSecsSinceEpoch()) + ",'" + t.orderNumber.toLatin1() + "','" + json
                     + "');\n");
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
    std::printf("cache ingest, %d transactions (JSON encoding included on our side)\n", count);
    std::printf("  LocalStore bulk insert   %10.0f rows/s\n", ours);
    std::printf("  sqlite3 shell, one run   %10.0f rows/s\n", theirs);
    std::printf("  ratio                    %10.2f   (goal >= 0.5)\n", ours / theirs);
    std::printf("  of our time, JSON encoding alone takes about %.0f %% (%lld bytes)\n", 100 * encodeSeconds / oursSeconds,
                qint64(encoded));
    return 0;
}
