// The plans of the hot queries, on SQLite or (WALLETDESK_TEST_BACKEND=
// postgres) PostgreSQL: each must read the one index it was shaped for,
// with the statistics the generator leaves, and also where the planner knows
// nothing of the values (PostgreSQL's generic plan) or of the tables
// (SQLite without sqlite_stat1). A plan that falls back to reading a whole
// table turns a 2 ms search into hundreds of milliseconds at a million
// accounts, which is what an agent on a call waits through.
#include "AccountsApi.h"
#include "ChangeReaders.h"
#include "Database.h"
#include "TestServer.h"
#include "TransactionsApi.h"

#include <QtTest>

using namespace WalletDesk::Server;

namespace {

struct HotQuery
{
    const char *name;
    SqlQuery query;
    // Every index the plan must read.
    QStringList postgresIndexes;
    QStringList sqliteIndexes;
    // What PostgreSQL must find in the index itself ("Index Cond:"), not
    // filter row by row: the key and the keyset bound of the page.
    QStringList postgresIndexConds;
    // Served in index order, no sort of what the index read: where the range
    // may be long (a name prefix, the rest of a busy log). An equality key
    // matches a few rows, which a planner may rightly fetch and sort.
    bool inIndexOrder = false;
};

QString literal(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString)
        return QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QLatin1String("''"))
            + QLatin1Char('\'');
    return QString::number(v.toLongLong());
}

// "?" placeholders as PostgreSQL's "$n"; our SQL has no "?" inside literals.
QString numbered(const QString &sql)
{
    QString out;
    int n = 0;
    for (const QChar c : sql)
        out += c == QLatin1Char('?') ? QStringLiteral("$%1").arg(++n) : QString(c);
    return out;
}

} // namespace

class TestServerPlans : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    Database m_db;
    QList<HotQuery> m_queries;

    QString value(const QString &sql) const { return m_db.scalar(sql).toString(); }

    QString postgresPlan(const SqlQuery &q, const char *mode) const
    {
        m_db.exec(QStringLiteral("SET plan_cache_mode = %1").arg(QLatin1String(mode)));
        m_db.exec(QStringLiteral("PREPARE hot AS ") + numbered(q.sql));
        QStringList values;
        for (const QVariant &v : q.binds)
            values << literal(v);
        QStringList lines;
        {
            Rows plan = m_db.exec(
                QStringLiteral("EXPLAIN EXECUTE hot(%1)").arg(values.join(QLatin1String(", "))));
            while (plan.next())
                lines << plan.value(0).toString();
        }
        m_db.exec(QStringLiteral("DEALLOCATE hot"));
        return lines.join(QLatin1Char('\n'));
    }

    QString sqlitePlan(const SqlQuery &q) const
    {
        QStringList lines;
        Rows plan = m_db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + q.sql, q.binds);
        while (plan.next())
            lines << plan.value(3).toString();
        return lines.join(QLatin1Char('\n'));
    }

    // Empty when the plan reads the intended indexes and no whole table.
    QString sqliteProblem(const HotQuery &h) const
    {
        const QString plan = sqlitePlan(h.query);
        for (const QString &index : h.sqliteIndexes) {
            if (!plan.contains(index))
                return QStringLiteral("%1 does not use %2:\n%3")
                    .arg(QLatin1String(h.name), index, plan);
        }
        // "SCAN x" reads all of a table (or all of one of its indexes).
        static const QRegularExpression fullScan(
            QStringLiteral("SCAN (accounts|transactions|cards|changes|t|c)\\b"));
        if (fullScan.match(plan).hasMatch())
            return QStringLiteral("%1 reads a whole table:\n%2").arg(QLatin1String(h.name), plan);
        if (h.inIndexOrder && plan.contains(QLatin1String("TEMP B-TREE")))
            return QStringLiteral("%1 sorts what the index read:\n%2")
                .arg(QLatin1String(h.name), plan);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Big enough that reading a whole table costs more than an index to
        // any planner; small enough to generate in seconds.
        TestServer::Options options;
        options.accounts = 20000;
        options.transactions = 100000;
        QVERIFY2(m_server.prepare(options), qPrintable(m_server.errorString()));
        m_db = Database::open(m_server.databaseSpec(), QStringLiteral("plans"));
        // The generated store's feed holds only the demo complaints; a feed
        // that has run for months holds many transactions' changes.
        m_db.exec(QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 60000)"
            " INSERT INTO changes (entity, entity_id, at, txid) SELECT 'note', x, 0, 1000 + x / 3 "
            "FROM n"));
        // Each of them in one of 100 agents' feeds and in the supervisors'.
        m_db.exec(QStringLiteral(
            "INSERT INTO change_readers (reader, txid, seq, entity, entity_id)"
            " SELECT 1 + seq % 100, txid, seq, entity, entity_id FROM changes WHERE at = 0"
            " UNION ALL SELECT %1, txid, seq, entity, entity_id FROM changes WHERE at = 0")
                      .arg(ChangeReaders::supervisorsFeed));
        m_db.exec(QStringLiteral("ANALYZE changes"));
        m_db.exec(QStringLiteral("ANALYZE change_readers"));

        const QString phone = value(QStringLiteral("SELECT phone FROM accounts WHERE id = 12345"));
        const QString email = value(QStringLiteral("SELECT email FROM accounts WHERE id = 12345"));
        const QString accountNo
            = value(QStringLiteral("SELECT account_no FROM accounts WHERE id = 12345"));
        const QString name = value(QStringLiteral("SELECT name FROM accounts WHERE id = 12345"));
        const QString last4 = value(
            QStringLiteral("SELECT last4 FROM cards WHERE account_id = 12345 ORDER BY id LIMIT 1"));
        const QString orderNo
            = value(QStringLiteral("SELECT order_no FROM transactions ORDER BY id DESC LIMIT 1"));
        QVERIFY(!phone.isEmpty() && !email.isEmpty() && !name.isEmpty() && !last4.isEmpty()
            && !orderNo.isEmpty());
        // The busiest account: the one whose log is longest.
        const qint64 busy
            = m_db.scalar(QStringLiteral("SELECT account_id FROM transactions GROUP BY account_id"
                                         " ORDER BY COUNT(*) DESC LIMIT 1"))
                  .toLongLong();
        const qint64 seq = m_db.scalar(QStringLiteral("SELECT MAX(seq) FROM changes")).toLongLong();
        QVERIFY(busy > 0 && seq > 0);
        // The busiest generated log holds a dozen rows; agents also open logs
        // of thousands, whose next page must not be a sort of all of them.
        m_db.exec(
            QStringLiteral(
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 5000)"
                " INSERT INTO transactions (order_no, account_id, type, status, amount_fen, "
                "fee_fen,"
                " currency, created_at, debited, refund_state)"
                " SELECT 'PLAN' || x, ?, 'payment', 'success', 100, 0, 'CNY', CAST(? AS BIGINT) - "
                "x * 60000, 1, 'none'"
                " FROM n"),
            {busy, QDateTime::currentMSecsSinceEpoch()});
        m_db.exec(QStringLiteral("ANALYZE transactions"));

        using K = AccountsApi::SearchKind;
        const QString surname = name.left(1);
        const auto L = [](std::initializer_list<const char *> names) {
            QStringList list;
            for (const char *n : names)
                list << QLatin1String(n);
            return list;
        };
        const std::pair<qint64, qint64> monthAgo {
            QDateTime::currentMSecsSinceEpoch() - 86400000LL * 30, Q_INT64_C(1) << 40};
        m_queries = {
            {"search by phone", AccountsApi::searchQuery(K::Phone, false, phone, 0, 21),
                L({"accounts_phone_id"}), L({"accounts_phone_id"}), L({"(phone = ", "(id > "})},
            {"search by phone, next page",
                AccountsApi::searchQuery(K::Phone, false, phone, 12000, 21),
                L({"accounts_phone_id"}), L({"accounts_phone_id"}), L({"(phone = ", "(id > "})},
            {"search by last 4 of a phone",
                AccountsApi::searchQuery(K::PhoneLast4, false, phone.right(4), 0, 21),
                L({"accounts_phone_last4_id"}), L({"accounts_phone_last4_id"}),
                L({"(phone_last4 = ", "(id > "})},
            {"search by last 4 of a card",
                AccountsApi::searchQuery(K::CardLast4, false, last4, 0, 21),
                L({"cards_last4_account", "accounts_pkey"}), L({"cards_last4_account"}),
                L({"(last4 = ", "(account_id > "})},
            {"search by 4 digits (phones and cards)",
                AccountsApi::searchQuery(K::PhoneLast4, true, last4, 0, 21),
                L({"accounts_phone_last4_id", "cards_last4_account", "accounts_pkey"}),
                L({"accounts_phone_last4_id", "cards_last4_account"}),
                L({"(phone_last4 = ", "(last4 = "})},
            {"search by e-mail", AccountsApi::searchQuery(K::Email, false, email, 0, 21),
                L({"accounts_email_id"}), L({"accounts_email_id"}), L({"(email = ", "(id > "})},
            {"search by account number",
                AccountsApi::searchQuery(K::AccountNumber, false, accountNo, 0, 21),
                L({"accounts_account_no_key"}), L({"sqlite_autoindex_accounts_1"}),
                L({"(account_no = "})},
            {"search by order number",
                AccountsApi::searchQuery(K::OrderNumber, false, orderNo, 0, 21),
                L({"transactions_order_no_key", "accounts_pkey"}),
                L({"sqlite_autoindex_transactions_1"}), L({"(order_no = "})},
            {"search by name", AccountsApi::searchQuery(K::Name, false, surname, 0, 21),
                L({"accounts_name_id"}), L({"accounts_name_id"}), L({"(name >= ", "(name < "}),
                true},
            {"search by name, next page",
                AccountsApi::searchQuery(K::Name, false, surname, 12345, 21),
                L({"accounts_name_id"}), L({"accounts_name_id"}), L({"ROW(name, id) > ROW("}),
                true},
            {"first page of a log",
                TransactionsApi::pageQuery(busy, QString(), {}, std::nullopt, 51),
                L({"transactions_account"}), L({"transactions_account"}), L({"(account_id = "})},
            {"next page of a log", TransactionsApi::pageQuery(busy, QString(), {}, monthAgo, 51),
                L({"transactions_account"}), L({"transactions_account"}),
                L({"(account_id = ", "ROW(created_at, id) < ROW("}), true},
            {"oldest end of a log",
                TransactionsApi::pageQuery(
                    busy, QString(), {}, TransactionsApi::Direction::Newer, std::nullopt, 51),
                L({"transactions_account"}), L({"transactions_account"}), L({"(account_id = "}),
                true},
            {"from the oldest end on",
                TransactionsApi::pageQuery(
                    busy, QString(), {}, TransactionsApi::Direction::Newer, monthAgo, 51),
                L({"transactions_account"}), L({"transactions_account"}),
                L({"(account_id = ", "ROW(created_at, id) > ROW("}), true},
            {"a day of a log, going older",
                TransactionsApi::pageQuery(busy, QString(), {}, TransactionsApi::Direction::Older,
                    std::make_pair(monthAgo.first, Q_INT64_C(1) << 53), 51),
                L({"transactions_account"}), L({"transactions_account"}),
                L({"(account_id = ", "ROW(created_at, id) < ROW("}), true},
            {"a day of a log, going newer",
                TransactionsApi::pageQuery(busy, QString(), {}, TransactionsApi::Direction::Newer,
                    std::make_pair(monthAgo.first, qint64(0)), 51),
                L({"transactions_account"}), L({"transactions_account"}),
                L({"(account_id = ", "ROW(created_at, id) > ROW("}), true},
            // Per feed, two ranges merged by a sort of at most two pages each.
            {"an agent's changes feed from the start",
                ChangeReaders::page(
                    ChangeReaders::feedsOf(7, false), Q_INT64_C(1) << 40, 0, seq / 2, 201),
                L({"change_readers_feed"}), L({"change_readers_feed"}),
                L({"(reader = ", "(txid = ", "(seq > ", "(txid > "})},
            {"a supervisor's changes feed, a month on",
                ChangeReaders::page(
                    ChangeReaders::feedsOf(7, true), Q_INT64_C(1) << 40, 15000, 42000, 201),
                L({"change_readers_feed"}), L({"change_readers_feed"}),
                L({"(reader = ", "(txid = ", "(seq > ", "(txid > "})},
        };
    }

    void generationLeavesStatistics()
    {
        // The generator analyses what it wrote: the planner knows the tables' sizes.
        if (m_server.isPostgres()) {
            const qint64 tuples
                = m_db.scalar(
                          QStringLiteral(
                              "SELECT reltuples::bigint FROM pg_class WHERE relname = 'accounts'"))
                      .toLongLong();
            QVERIFY2(tuples > 15000,
                qPrintable(QStringLiteral("pg_class says accounts has %1 rows").arg(tuples)));
            // (transactions are analysed again below, after the busy log is added)
            QVERIFY(m_db.scalar(QStringLiteral(
                                    "SELECT COUNT(*) FROM pg_stats WHERE tablename = 'accounts'"))
                        .toInt()
                > 0);
        } else {
            QVERIFY(m_db.scalar(QStringLiteral(
                                    "SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'accounts'"))
                        .toInt()
                > 0);
        }
    }

    void plansUseTheirIndex_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_queries.size(); ++i)
            QTest::newRow(m_queries.at(i).name) << i;
    }

    void plansUseTheirIndex()
    {
        QFETCH(int, index);
        const HotQuery &h = m_queries.at(index);
        if (!m_server.isPostgres()) {
            const QString problem = sqliteProblem(h);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            return;
        }
        // A custom plan is made for the values at hand; after five runs of a
        // prepared statement PostgreSQL may switch to one generic plan for
        // any value, which must be as good.
        for (const char *mode : {"force_custom_plan", "force_generic_plan"}) {
            const QString plan = postgresPlan(h.query, mode);
            for (const QString &name : h.postgresIndexes)
                QVERIFY2(plan.contains(QStringLiteral(" using %1 ").arg(name))
                        || plan.contains(QStringLiteral(" on %1").arg(name)),
                    qPrintable(QStringLiteral("%1 plan does not use %2:\n%3")
                                   .arg(QLatin1String(mode), name, plan)));
            for (const char *bad : {"Seq Scan on accounts", "Seq Scan on transactions",
                     "Seq Scan on cards", "Seq Scan on changes", "BitmapAnd"})
                QVERIFY2(!plan.contains(QLatin1String(bad)),
                    qPrintable(QStringLiteral("%1 plan has %2:\n%3")
                                   .arg(QLatin1String(mode), QLatin1String(bad), plan)));
            // The page's key and bound start the index range; as a Filter the
            // index would be walked from its start and every row tested.
            QStringList indexConds;
            for (const QString &line : plan.split(QLatin1Char('\n')))
                if (line.contains(QLatin1String("Index Cond:")))
                    indexConds << line;
            const QString conds = indexConds.join(QLatin1Char('\n'));
            for (const QString &cond : h.postgresIndexConds)
                QVERIFY2(conds.contains(cond),
                    qPrintable(QStringLiteral("%1 plan does not bound the index by \"%2\":\n%3")
                                   .arg(QLatin1String(mode), cond, plan)));
            if (h.inIndexOrder)
                QVERIFY2(!plan.contains(QLatin1String("Sort")),
                    qPrintable(QStringLiteral("%1 plan sorts what the index read:\n%2")
                                   .arg(QLatin1String(mode), plan)));
        }
        m_db.exec(QStringLiteral("RESET plan_cache_mode"));
    }

    void sqlitePlansHoldWithoutStatistics()
    {
        if (m_server.isPostgres())
            QSKIP("SQLite only: PostgreSQL's generic plans are checked above");
        // As a store that was never analysed: SQLite then plans from its
        // built-in guesses, which must lead to the same indexes.
        m_db.exec(QStringLiteral("DELETE FROM sqlite_stat1"));
        m_db.exec(QStringLiteral("ANALYZE sqlite_schema"));
        for (const HotQuery &h : std::as_const(m_queries)) {
            const QString problem = sqliteProblem(h);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void connectsOverUnixSocket()
    {
        // A PostgreSQL on the same machine is reached over its socket with
        // libpq's "?host=/directory" (scripts/test.sh says where it is).
        const QString socketDir = qEnvironmentVariable("WALLETDESK_TEST_POSTGRES_SOCKET_DIR");
        if (!m_server.isPostgres() || socketDir.isEmpty())
            QSKIP("PostgreSQL started by scripts/test.sh only");
        const QUrl tcp(m_server.databaseSpec());
        const QString spec = QStringLiteral("postgres://%1@localhost:%2%3?host=%4")
                                 .arg(tcp.userName())
                                 .arg(tcp.port(5432))
                                 .arg(tcp.path(), socketDir);
        Database overSocket = Database::open(spec, QStringLiteral("socket"));
        QCOMPARE(overSocket.scalar(QStringLiteral("SELECT COUNT(*) FROM accounts")).toInt(), 20000);
        // The server said so itself: no client address on a Unix socket.
        QVERIFY(overSocket.scalar(QStringLiteral("SELECT inet_client_addr()")).isNull());
        overSocket.close();
    }

    void unsupportedPostgresOptionsAreRefused()
    {
        // Ignoring "sslmode=require" would quietly connect without TLS.
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
            Database::open(
                QStringLiteral("postgres://walletdesk@db.example:5432/walletdesk?sslmode=require"),
                QStringLiteral("refused-1")));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
            Database::open(
                QStringLiteral("postgres://walletdesk@db.example:5432/walletdesk?host=db.example"),
                QStringLiteral("refused-2")));
    }

    void cleanupTestCase() { m_db.close(); }
};

QTEST_GUILESS_MAIN(TestServerPlans)
#include "tst_serverplans.moc"
