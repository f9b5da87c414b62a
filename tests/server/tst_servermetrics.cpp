// /metrics on the real server, on SQLite or (WALLETDESK_TEST_BACKEND=postgres)
// PostgreSQL: known API requests move the counters they must and nothing
// else; the exposition text parses as Prometheus's format 0.0.4 (histogram
// buckets cumulative, +Inf equal to _count); routes are labelled by their
// pattern and no phone or account number ever appears; the active sessions
// gauge follows sign-in, refresh and sign-out; the metrics port and the API
// port serve nothing of each other; malformed requests to the metrics port
// get a plain answer; a metrics address off loopback needs an explicit yes;
// with several server threads the counts are the process's; the gauge's
// first count skips sessions too old to be live; without a metrics port
// there is no metrics listener.
#include "ApiCaller.h"
#include "Database.h"
#include "TestServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QUuid>
#include <QtTest>

#include <algorithm>

#include <unistd.h>

using WalletDesk::Server::Database;
using WalletDesk::Server::DbTransaction;

namespace {

// Account 1 of the demo data (tst_serverapi searches for it too).
constexpr char phone[] = "13800138000";
constexpr char accountNumber[] = "8800000000000001";

struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QByteArray received; // everything, as it came
    bool closed = false;
};

// Sends bytes to a plain-TCP port and reads until the server closes.
RawAnswer exchange(quint16 port, const QByteArray &request, int timeoutMs = 10000)
{
    RawAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return answer;
    socket.write(request);
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs) {
        socket.waitForReadyRead(50);
        answer.received += socket.readAll();
    }
    answer.received += socket.readAll();
    answer.closed = socket.state() == QAbstractSocket::UnconnectedState;
    const qsizetype headEnd = answer.received.indexOf("\r\n\r\n");
    if (answer.received.startsWith("HTTP/1.1 ") && headEnd > 0) {
        answer.status = answer.received.mid(9, 3).toInt();
        answer.head = answer.received.left(headEnd);
        answer.body = answer.received.mid(headEnd + 4);
    }
    return answer;
}

QByteArray header(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

using Labels = QMap<QString, QString>;

// One scrape, parsed: every sample by its series ("name{a="1",b="2"}",
// labels sorted), and whatever broke the format.
struct Exposition
{
    QMap<QString, double> samples;
    QMap<QString, QString> types; // family -> type
    QMap<QString, QList<QPair<Labels, double>>> byName; // sample name -> its series
    QStringList problems;

    static QString key(const QString &name, const Labels &labels)
    {
        QStringList parts;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            parts << it.key() + QStringLiteral("=\"") + it.value() + QLatin1Char('"');
        return parts.isEmpty()
            ? name
            : name + QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    double value(const QString &name, const Labels &labels = {}) const
    {
        return samples.value(key(name, labels), 0);
    }
    // The sum over every series of a name.
    double total(const QString &name) const
    {
        double sum = 0;
        for (const auto &[labels, v] : byName.value(name))
            sum += v;
        return sum;
    }
    QSet<QString> labelValues(const QString &name, const QString &label) const
    {
        QSet<QString> out;
        for (const auto &[labels, v] : byName.value(name))
            if (labels.contains(label))
                out.insert(labels.value(label));
        return out;
    }

    // The text format, version 0.0.4: comment lines, then samples
    // `name{label="value",...} value`, each family's samples together and
    // after its TYPE.
    static Exposition parse(const QByteArray &text)
    {
        Exposition e;
        static const QRegularExpression sampleLine(
            QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? ([^ ]+)$"));
        static const QRegularExpression labelPair(
            QStringLiteral("^([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\\\"(,|$)"));
        static const QRegularExpression comment(
            QStringLiteral("^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$"));
        QString current;
        QSet<QString> finished;
        QSet<QString> helped;
        if (!text.endsWith('\n'))
            e.problems << QStringLiteral("the text does not end with a line feed");
        for (const QByteArray &raw : text.split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.isEmpty())
                continue;
            if (line.startsWith(QLatin1Char('#'))) {
                const auto m = comment.match(line);
                if (!m.hasMatch()) {
                    e.problems << QStringLiteral("bad comment: ") + line;
                    continue;
                }
                const QString family = m.captured(2);
                if (m.captured(1) == QLatin1String("HELP")) {
                    if (helped.contains(family))
                        e.problems << QStringLiteral("second HELP for ") + family;
                    helped.insert(family);
                    continue;
                }
                static const QStringList types {QStringLiteral("counter"), QStringLiteral("gauge"),
                    QStringLiteral("histogram"), QStringLiteral("summary"),
                    QStringLiteral("untyped")};
                if (!types.contains(m.captured(3)))
                    e.problems << QStringLiteral("bad type: ") + line;
                if (e.types.contains(family))
                    e.problems << QStringLiteral("second TYPE for ") + family;
                e.types.insert(family, m.captured(3));
                continue;
            }
            const auto m = sampleLine.match(line);
            if (!m.hasMatch()) {
                e.problems << QStringLiteral("bad sample: ") + line;
                continue;
            }
            const QString name = m.captured(1);
            Labels labels;
            QString rest = m.captured(2);
            while (!rest.isEmpty()) {
                const auto pair = labelPair.match(rest);
                if (!pair.hasMatch()) {
                    e.problems << QStringLiteral("bad labels: ") + line;
                    break;
                }
                if (labels.contains(pair.captured(1)))
                    e.problems << QStringLiteral("label twice: ") + line;
                labels.insert(pair.captured(1), pair.captured(2));
                rest = rest.mid(pair.capturedLength(0));
            }
            bool ok = false;
            const QString valueText = m.captured(3);
            double v = valueText.toDouble(&ok);
            if (valueText == QLatin1String("+Inf") || valueText == QLatin1String("-Inf")
                || valueText == QLatin1String("NaN")) {
                ok = true;
                v = 0;
            }
            if (!ok)
                e.problems << QStringLiteral("bad value: ") + line;
            QString family = name;
            for (const QLatin1String suffix :
                {QLatin1String("_bucket"), QLatin1String("_sum"), QLatin1String("_count")}) {
                if (name.endsWith(suffix)
                    && e.types.value(name.chopped(suffix.size())) == QLatin1String("histogram"))
                    family = name.chopped(suffix.size());
            }
            if (!e.types.contains(family))
                e.problems << QStringLiteral("sample before its TYPE: ") + line;
            if (family != current) {
                if (finished.contains(family))
                    e.problems << QStringLiteral("family split: ") + family;
                if (!current.isEmpty())
                    finished.insert(current);
                current = family;
            }
            const QString k = key(name, labels);
            if (e.samples.contains(k))
                e.problems << QStringLiteral("series twice: ") + k;
            e.samples.insert(k, v);
            e.byName[name].append({labels, v});
        }
        e.checkHistograms();
        return e;
    }

    // Every histogram series: buckets by rising le, cumulative, ending in
    // +Inf, which equals _count; and a _sum.
    void checkHistograms()
    {
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            if (it.value() != QLatin1String("histogram"))
                continue;
            const QString name = it.key();
            QMap<QString, QList<QPair<double, double>>> series; // labels without le -> (le, count)
            for (const auto &[labels, v] : byName.value(name + QStringLiteral("_bucket"))) {
                Labels rest = labels;
                const QString le = rest.take(QStringLiteral("le"));
                bool ok = false;
                const double bound = le == QLatin1String("+Inf") ? qInf() : le.toDouble(&ok);
                if (le != QLatin1String("+Inf") && !ok)
                    problems << QStringLiteral("bad le: ") + key(name, labels);
                series[key(name, rest)].append({bound, v});
            }
            for (auto s = series.cbegin(); s != series.cend(); ++s) {
                const auto &buckets = s.value();
                for (qsizetype i = 1; i < buckets.size(); ++i) {
                    if (!(buckets.at(i).first > buckets.at(i - 1).first))
                        problems << QStringLiteral("le not rising: ") + s.key();
                    if (buckets.at(i).second < buckets.at(i - 1).second)
                        problems << QStringLiteral("buckets not cumulative: ") + s.key();
                }
                if (buckets.isEmpty() || !qIsInf(buckets.last().first))
                    problems << QStringLiteral("no +Inf bucket: ") + s.key();
                const QString labelsPart = s.key().mid(name.size());
                const QString count = name + QStringLiteral("_count") + labelsPart;
                const QString sum = name + QStringLiteral("_sum") + labelsPart;
                if (!samples.contains(count) || !samples.contains(sum))
                    problems << QStringLiteral("no _count or _sum: ") + s.key();
                else if (samples.value(count) != buckets.last().second)
                    problems << QStringLiteral("+Inf is not _count: ") + s.key();
                else if (samples.value(sum) < 0)
                    problems << QStringLiteral("negative _sum: ") + s.key();
            }
        }
    }
};

// The TCP ports the server process started with `--port apiPort` listens on,
// sorted; empty if there is no such process.
QList<quint16> listeningPorts(quint16 apiPort)
{
    const QByteArray marker = QByteArray("\0--port\0", 8) + QByteArray::number(apiPort) + '\0';
    QString pid;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker))
            pid = entry;
    }
    if (pid.isEmpty())
        return {};
    QSet<QByteArray> inodes;
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &fd :
        QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[64] = {};
        const QByteArray link = QFile::encodeName(fdDir + QLatin1Char('/') + fd);
        const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
        const QByteArray name(target, length > 0 ? int(length) : 0);
        if (name.startsWith("socket:["))
            inodes.insert(name.mid(8, name.size() - 9));
    }
    QList<quint16> ports;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile file {QString::fromLatin1(table)};
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n').mid(1)) {
            const QList<QByteArray> f = line.simplified().split(' ');
            // sl local_address rem_address st ... inode; 0A: LISTEN
            if (f.size() > 9 && f.at(3) == "0A" && inodes.contains(f.at(9)))
                ports.append(quint16(f.at(1).split(':').value(1).toUInt(nullptr, 16)));
        }
    }
    std::sort(ports.begin(), ports.end());
    return ports;
}

} // namespace

class TestServerMetrics : public QObject
{
    Q_OBJECT

    TestServer m_server;
    quint16 m_metricsPort = 0;
    std::unique_ptr<ApiCaller> m_agent;

    std::unique_ptr<ApiCaller> caller(const TestServer &server)
    {
        return std::make_unique<ApiCaller>(server.baseUrl(), server.caCertificates());
    }

    // Scrapes, checks the answer and the format; the test fails on any problem.
    static Exposition scrape(quint16 port, QByteArray *text = nullptr)
    {
        const RawAnswer answer = exchange(port, "GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
        if (text)
            *text = answer.body;
        Exposition e = Exposition::parse(answer.body);
        if (answer.status != 200)
            e.problems.prepend(QStringLiteral("status %1").arg(answer.status));
        if (header(answer.head, "Content-Type") != "text/plain; version=0.0.4; charset=utf-8")
            e.problems.prepend(QStringLiteral("content type ")
                + QString::fromLatin1(header(answer.head, "Content-Type")));
        if (header(answer.head, "Content-Length").toLongLong() != answer.body.size())
            e.problems.prepend(QStringLiteral("Content-Length is not the body's size"));
        return e;
    }

    static Labels requestLabels(const char *method, const char *route, const char *status)
    {
        return {{QStringLiteral("method"), QLatin1String(method)},
            {QStringLiteral("route"), QLatin1String(route)},
            {QStringLiteral("status"), QLatin1String(status)}};
    }
    static Labels routeLabels(const char *method, const char *route)
    {
        return {{QStringLiteral("method"), QLatin1String(method)},
            {QStringLiteral("route"), QLatin1String(route)}};
    }
    static Labels errorLabels(const char *status, const char *error)
    {
        return {{QStringLiteral("class"),
                    QString(QLatin1String(status).left(1)) + QStringLiteral("xx")},
            {QStringLiteral("status"), QLatin1String(status)},
            {QStringLiteral("error"), QLatin1String(error)}};
    }

    // The gauge once the cached value has aged out.
    qint64 activeSessions()
    {
        QTest::qWait(1100);
        const Exposition e = scrape(m_metricsPort);
        if (!e.samples.contains(QStringLiteral("walletdesk_sessions_active")))
            return -1;
        return qint64(e.value(QStringLiteral("walletdesk_sessions_active")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.prepare(), qPrintable(m_server.errorString()));
        m_metricsPort = TestServer::freePort();
        QVERIFY2(m_server.start({QStringLiteral("--metrics-port"), QString::number(m_metricsPort),
                     QStringLiteral("--header-timeout"), QStringLiteral("2")}),
            qPrintable(m_server.errorString()));
        m_agent = caller(m_server);
    }

    // The checker itself: each of these breaks the format.
    void checkerRefusesBrokenText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        const QByteArray type = "# TYPE h histogram\n";
        QTest::newRow("buckets not cumulative")
            << type + "h_bucket{le=\"1\"} 3\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 2\n"
            << QStringLiteral("buckets not cumulative");
        QTest::newRow("+Inf is not _count")
            << type + "h_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_sum 1\nh_count 3\n"
            << QStringLiteral("+Inf is not _count");
        QTest::newRow("no +Inf") << type + "h_bucket{le=\"1\"} 1\nh_sum 1\nh_count 1\n"
                                 << QStringLiteral("no +Inf bucket");
        QTest::newRow("no TYPE") << QByteArray("c_total 1\n")
                                 << QStringLiteral("sample before its TYPE");
        QTest::newRow("family split")
            << QByteArray("# TYPE a gauge\n# TYPE b gauge\na 1\nb 1\na{x=\"1\"} 2\n")
            << QStringLiteral("family split");
        QTest::newRow("unquoted label")
            << QByteArray("# TYPE a gauge\na{x=1} 1\n") << QStringLiteral("bad labels");
        QTest::newRow("series twice")
            << QByteArray("# TYPE a gauge\na 1\na 2\n") << QStringLiteral("series twice");
    }

    void checkerRefusesBrokenText()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const QStringList problems = Exposition::parse(text).problems;
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(problem),
            qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void countsMoveAsTheyMust()
    {
        QByteArray beforeText;
        const Exposition before = scrape(m_metricsPort, &beforeText);
        QVERIFY2(before.problems.isEmpty(), qPrintable(before.problems.join(QLatin1Char('\n'))));
        QCOMPARE(before.value(QStringLiteral("walletdesk_build_info"),
                     {{QStringLiteral("version"), QStringLiteral(WALLETDESK_VERSION_FOR_TEST)},
                         {QStringLiteral("store"),
                             m_server.isPostgres() ? QStringLiteral("postgresql")
                                                   : QStringLiteral("sqlite")}}),
            1.0);
        QVERIFY(before.value(QStringLiteral("process_start_time_seconds"))
            > QDateTime::currentSecsSinceEpoch() - 600);
        QVERIFY(before.value(QStringLiteral("process_open_fds")) > 0);

        // Known requests: 8 in all.
        QCOMPARE(
            m_agent->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo")).status, 200);
        QCOMPARE(
            m_agent->get(QStringLiteral("/api/v1/accounts?q=") + QLatin1String(phone)).status, 200);
        auto anonymous = caller(m_server);
        QCOMPARE(
            anonymous->get(QStringLiteral("/api/v1/accounts?q=") + QLatin1String(accountNumber))
                .status,
            401);
        const auto opened
            = m_agent->get(QStringLiteral("/api/v1/accounts/1"), {{"X-Call-Id", "call-metrics-1"}});
        QCOMPARE(opened.status, 200);
        QCOMPARE(m_agent->get(QStringLiteral("/api/v1/accounts/999999")).status, 404);
        QCOMPARE(
            m_agent->get(QStringLiteral("/api/v1/customers/") + QLatin1String(phone)).status, 404);
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-120);
        const QJsonObject record {{QStringLiteral("callId"), QStringLiteral("call-metrics-1")},
            {QStringLiteral("callerNumber"), QString(QStringLiteral("+86") + QLatin1String(phone))},
            {QStringLiteral("accountId"), 1},
            {QStringLiteral("startedAt"), start.toString(Qt::ISODateWithMs)},
            {QStringLiteral("endedAt"), start.addSecs(90).toString(Qt::ISODateWithMs)},
            {QStringLiteral("wrapUpCode"), QStringLiteral("resolved_first_call")},
            {QStringLiteral("notes"), QStringLiteral("metrics test")}};
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const auto first
            = m_agent->post(QStringLiteral("/api/v1/calls"), record, {{"Idempotency-Key", key}});
        QCOMPARE(first.status, 201);
        const auto replayed
            = m_agent->post(QStringLiteral("/api/v1/calls"), record, {{"Idempotency-Key", key}});
        QCOMPARE(replayed.status, 201);
        QCOMPARE(replayed.headers.value("idempotent-replay"), QByteArray("true"));

        QByteArray afterText;
        const Exposition after = scrape(m_metricsPort, &afterText);
        // What a line says but its value (a float's digits may happen to
        // spell anything).
        QByteArray labelsAndComments;
        for (const QByteArray &line : afterText.split('\n'))
            labelsAndComments
                += (line.startsWith('#') ? line : line.left(line.lastIndexOf(' '))) + '\n';
        QVERIFY2(after.problems.isEmpty(), qPrintable(after.problems.join(QLatin1Char('\n'))));
        const auto moved = [&](const QString &name, const Labels &labels) {
            return after.value(name, labels) - before.value(name, labels);
        };
        const QString requests = QStringLiteral("walletdesk_http_requests_total");
        QCOMPARE(moved(requests, requestLabels("POST", "/api/v1/auth/login", "200")), 1.0);
        QCOMPARE(moved(requests, requestLabels("GET", "/api/v1/accounts", "200")), 1.0);
        QCOMPARE(moved(requests, requestLabels("GET", "/api/v1/accounts", "401")), 1.0);
        QCOMPARE(moved(requests, requestLabels("GET", "/api/v1/accounts/{id}", "200")), 1.0);
        QCOMPARE(moved(requests, requestLabels("GET", "/api/v1/accounts/{id}", "404")), 1.0);
        QCOMPARE(moved(requests, requestLabels("GET", "unmatched", "404")), 1.0);
        QCOMPARE(moved(requests, requestLabels("POST", "/api/v1/calls", "201")), 2.0);
        // Those and nothing else: a scrape is not an API request.
        QCOMPARE(after.total(requests) - before.total(requests), 8.0);

        const QString duration = QStringLiteral("walletdesk_http_request_duration_seconds_count");
        QCOMPARE(moved(duration, routeLabels("GET", "/api/v1/accounts")), 2.0);
        QCOMPARE(moved(duration, routeLabels("POST", "/api/v1/calls")), 2.0);
        QCOMPARE(after.total(duration) - before.total(duration), 8.0);
        QVERIFY(moved(QStringLiteral("walletdesk_http_request_duration_seconds_sum"),
                    routeLabels("GET", "/api/v1/accounts/{id}"))
            > 0);

        const QString errors = QStringLiteral("walletdesk_http_errors_total");
        QCOMPARE(moved(errors, errorLabels("401", "unauthenticated")), 1.0);
        QCOMPARE(moved(errors, errorLabels("404", "not_found")), 2.0);
        QCOMPARE(after.total(errors) - before.total(errors), 3.0);

        const QString replays = QStringLiteral("walletdesk_idempotent_replays_total");
        QCOMPARE(moved(replays, routeLabels("POST", "/api/v1/calls")), 1.0);
        QCOMPARE(after.total(replays) - before.total(replays), 1.0);

        // Sign-in, search, the audited open and the call record each ran
        // statements; the scrape's own (the session count) are not counted.
        const double statements
            = moved(QStringLiteral("walletdesk_db_statement_duration_seconds_count"), {});
        QVERIFY2(statements >= 6, qPrintable(QString::number(statements)));
        QVERIFY(moved(QStringLiteral("walletdesk_db_statement_duration_seconds_sum"), {}) > 0);
        const Exposition idle = scrape(m_metricsPort);
        QCOMPARE(idle.value(QStringLiteral("walletdesk_db_statement_duration_seconds_count")),
            after.value(QStringLiteral("walletdesk_db_statement_duration_seconds_count")));

        // Patterns only: no customer's identifier, no concrete path.
        static const QRegularExpression pattern(
            QStringLiteral("^(/([a-z0-9-]+|\\{[a-zA-Z]+\\}))+$"));
        for (const QString &route : after.labelValues(requests, QStringLiteral("route"))) {
            QVERIFY2(route == QLatin1String("unmatched") || pattern.match(route).hasMatch(),
                qPrintable(route));
            for (const QString &segment : route.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
                bool number = false;
                segment.toLongLong(&number);
                QVERIFY2(!number, qPrintable(route));
            }
        }
        for (const QByteArray &secret : {QByteArray(phone), QByteArray(accountNumber),
                 QByteArray("999999"), QByteArray("customers"), QByteArray("call-metrics"), key,
                 QByteArray("/api/v1/accounts/1\"")})
            QVERIFY2(!labelsAndComments.contains(secret), secret.constData());
    }

    void sessionsGauge()
    {
        const qint64 start = activeSessions();
        QVERIFY2(start >= 1, qPrintable(QString::number(start))); // agent01, signed in above
        auto second = caller(m_server);
        const auto login
            = second->signIn(QStringLiteral("agent02"), QStringLiteral("agent02-demo"));
        QCOMPARE(login.status, 200);
        QCOMPARE(activeSessions(), start + 1);
        // A refresh ends the old session as it starts the new one.
        const auto refreshed = second->post(QStringLiteral("/api/v1/auth/refresh"),
            {{QStringLiteral("refreshToken"), login.json.value(QStringLiteral("refreshToken"))}});
        QCOMPARE(refreshed.status, 200);
        second->setToken(refreshed.json.value(QStringLiteral("accessToken")).toString());
        QCOMPARE(activeSessions(), start + 1);
        QCOMPARE(second->post(QStringLiteral("/api/v1/auth/logout"), {}).status, 204);
        QCOMPARE(activeSessions(), start);
    }

    void portsServeNothingOfEachOther()
    {
        // /metrics is not an API path ...
        const auto viaApi = m_agent->get(QStringLiteral("/metrics"));
        QCOMPARE(viaApi.status, 404);
        QVERIFY(!viaApi.body.contains("walletdesk_"));
        // ... the API is not on the metrics port ...
        const RawAnswer health = exchange(m_metricsPort, "GET /api/v1/health HTTP/1.1\r\n\r\n");
        QCOMPARE(health.status, 404);
        QVERIFY(!health.body.contains("ok\""));
        // ... plain HTTP to the API port gets no metrics (it speaks TLS only) ...
        const RawAnswer plain = exchange(m_server.port(), "GET /metrics HTTP/1.1\r\n\r\n", 3000);
        QVERIFY(!plain.received.contains("walletdesk_"));
        // ... and a TLS client on the metrics port gets a plain refusal.
        QSslSocket tls;
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_metricsPort);
        QVERIFY(!tls.waitForEncrypted(3000));
        const RawAnswer hello = exchange(m_metricsPort, QByteArray::fromHex("160301020001"));
        QCOMPARE(hello.status, 400);
        QVERIFY(hello.closed);
    }

    void malformedRequestsGetPlainAnswers_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("not HTTP") << QByteArray("hello there\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET /metrics\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400;
        QTest::newRow("control character")
            << QByteArray("GET /met\x01rics HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("POST") << QByteArray(
            "POST /metrics HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc")
                              << 405;
        QTest::newRow("another path") << QByteArray("GET /debug HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("huge header")
            << QByteArray("GET /metrics HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n")
            << 431;
        QTest::newRow("never finished")
            << QByteArray("GET /metrics HTTP/1.1\r\nHost: x\r\n") << 408;
        QTest::newRow("query string")
            << QByteArray("GET /metrics?name[]=x HTTP/1.0\r\n\r\n") << 200;
    }

    void malformedRequestsGetPlainAnswers()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QElapsedTimer timer;
        timer.start();
        const RawAnswer answer = exchange(m_metricsPort, request);
        QCOMPARE(answer.status, status);
        QVERIFY2(answer.closed, "the server keeps the connection open");
        QCOMPARE(header(answer.head, "Connection"), QByteArray("close"));
        QCOMPARE(header(answer.head, "Content-Length").toLongLong(), answer.body.size());
        if (status == 405)
            QCOMPARE(header(answer.head, "Allow"), QByteArray("GET, HEAD"));
        // Within the header deadline (2 s here) and a margin for a busy
        // machine, not when the client gives up.
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    }

    void headAndManyConnections()
    {
        const RawAnswer head = exchange(m_metricsPort, "HEAD /metrics HTTP/1.1\r\n\r\n");
        QCOMPARE(head.status, 200);
        QVERIFY(header(head.head, "Content-Length").toLongLong() > 0);
        QVERIFY(head.body.isEmpty());

        // More idle connections than the listener takes: the surplus is closed
        // at once, the rest get 408 at the deadline, and scraping goes on.
        QTest::qWait(300); // the earlier connections are gone
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 20; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress::LocalHost, m_metricsPort);
            QVERIFY(idle.back()->waitForConnected(3000));
        }
        QElapsedTimer timer;
        timer.start();
        QByteArrayList received(20);
        while (timer.elapsed() < 8000) {
            QTest::qWait(50);
            for (int i = 0; i < 20; ++i)
                received[i] += idle[i]->readAll();
            if (std::all_of(idle.cbegin(), idle.cend(),
                    [](const auto &s) { return s->state() == QAbstractSocket::UnconnectedState; }))
                break;
        }
        const auto timedOut = std::count_if(received.cbegin(), received.cend(),
            [](const QByteArray &r) { return r.startsWith("HTTP/1.1 408 "); });
        const auto refused = std::count_if(
            received.cbegin(), received.cend(), [](const QByteArray &r) { return r.isEmpty(); });
        QCOMPARE(int(timedOut), 16);
        QCOMPARE(int(refused), 4);
        QVERIFY(scrape(m_metricsPort).problems.isEmpty());
    }

    void addressAndPortRules()
    {
        const auto refused = [&](const QStringList &args, const QString &why) -> QString {
            TestServer other;
            if (other.attach(m_server, args))
                return QStringLiteral("started with ") + args.join(QLatin1Char(' '));
            if (!other.errorString().contains(why))
                return QStringLiteral("said ") + other.errorString();
            return QString();
        };
        QString problem
            = refused({QStringLiteral("--metrics-port"), QStringLiteral("0"),
                          QStringLiteral("--metrics-address"), QStringLiteral("0.0.0.0")},
                QStringLiteral("not a loopback address"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem
            = refused({QStringLiteral("--metrics-port"), QStringLiteral("0"),
                          QStringLiteral("--metrics-address"), QStringLiteral("metrics.example")},
                QStringLiteral("--metrics-address: not an IP address"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = refused({QStringLiteral("--metrics-port"), QStringLiteral("70000")},
            QStringLiteral("--metrics-port must be 0 to 65535"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = refused({QStringLiteral("--metrics-port"), QStringLiteral("0"),
                              QStringLiteral("--metrics-allow-remote"), QStringLiteral("maybe")},
            QStringLiteral("--metrics-allow-remote must be yes or no"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The port taken: the start is refused, not a server without metrics.
        problem = refused({QStringLiteral("--metrics-port"), QString::number(m_metricsPort)},
            QStringLiteral("cannot listen for metrics"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        {
            const quint16 port = TestServer::freePort();
            TestServer other;
            QVERIFY(!other.attach(
                m_server, {QStringLiteral("--metrics-port"), QString::number(port)}, port));
            QVERIFY2(other.errorString().contains(QStringLiteral("must differ from --port")),
                qPrintable(other.errorString()));
        }

        // Allowed in so many words, in a settings file whose lines come one
        // by one: every address, this port.
        QTemporaryFile settings;
        QVERIFY(settings.open());
        const quint16 port = TestServer::freePort();
        settings.write(QStringLiteral("metrics-address = 0.0.0.0\nmetrics-allow-remote = yes\n"
                                      "metrics-port = %1\n")
                           .arg(port)
                           .toUtf8());
        settings.close();
        TestServer remote;
        QVERIFY2(remote.attach(m_server, {QStringLiteral("--config"), settings.fileName()}),
            qPrintable(remote.errorString()));
        const Exposition e = scrape(port);
        QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(QLatin1Char('\n'))));
    }

    // Without --metrics-port the server listens on its API port only.
    void offUnlessAPortIsGiven()
    {
        const quint16 port = TestServer::freePort();
        TestServer plain;
        QVERIFY2(plain.attach(m_server, {}, port), qPrintable(plain.errorString()));
        QCOMPARE(listeningPorts(port), QList<quint16> {port});
        const quint16 metricsPort = TestServer::freePort();
        TestServer withMetrics;
        const quint16 port2 = TestServer::freePort();
        QVERIFY2(withMetrics.attach(m_server,
                     {QStringLiteral("--metrics-port"), QString::number(metricsPort)}, port2),
            qPrintable(withMetrics.errorString()));
        QList<quint16> both {port2, metricsPort};
        std::sort(both.begin(), both.end());
        QCOMPARE(listeningPorts(port2), both);
    }

    // The gauge's first count starts from the sessions young enough to be
    // live: rows older than the longest access-token lifetime (a day) are
    // never read. The ones planted here claim to be live, which no real old
    // session is; were they read, they would be counted.
    void sessionsGaugeSkipsOldSessions()
    {
        TestServer server;
        TestServer::Options options;
        options.accounts = 3;
        options.transactions = 0;
        QVERIFY2(server.prepare(options), qPrintable(server.errorString()));
        {
            Database db = Database::open(server.databaseSpec(), QStringLiteral("plant"));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const qint64 agent
                = db.scalar(QStringLiteral("SELECT MIN(id) FROM agents")).toLongLong();
            DbTransaction tx(db);
            for (int i = 0; i < 500; ++i) {
                const qint64 created = now - 3 * 86'400'000LL + i * 1000;
                db.exec(QStringLiteral("INSERT INTO sessions (agent_id, access_hash, refresh_hash,"
                                       " access_expires, refresh_expires, revoked, created_at)"
                                       " VALUES (?, ?, ?, ?, ?, 0, ?)"),
                    {agent, QStringLiteral("planted-a-%1").arg(i),
                        QStringLiteral("planted-r-%1").arg(i), now + 86'400'000LL,
                        now + 86'400'000LL, created});
            }
            tx.commit();
            db.close();
        }
        const quint16 metricsPort = TestServer::freePort();
        QVERIFY2(server.start({QStringLiteral("--metrics-port"), QString::number(metricsPort)}),
            qPrintable(server.errorString()));
        QCOMPARE(caller(server)
                     ->signIn(QStringLiteral("agent01"), QStringLiteral("agent01-demo"))
                     .status,
            200);
        const Exposition e = scrape(metricsPort);
        QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(QLatin1Char('\n'))));
        QCOMPARE(e.value(QStringLiteral("walletdesk_sessions_active")), 1.0);
    }

    void threadsCountForTheProcess()
    {
        const quint16 port = TestServer::freePort();
        const quint16 metricsPort = TestServer::freePort();
        TestServer threaded;
        QVERIFY2(threaded.attach(m_server,
                     {QStringLiteral("--threads"), QStringLiteral("2"),
                         QStringLiteral("--metrics-port"), QString::number(metricsPort)},
                     port),
            qPrintable(threaded.errorString()));
        auto anonymous = caller(threaded);
        const auto answers
            = anonymous->sendConcurrently("GET", QStringLiteral("/api/v1/health"), {}, {}, 40);
        for (const auto &r : answers)
            QCOMPARE(r.status, 200);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(caller(threaded)->get(QStringLiteral("/api/v1/health")).status, 200);
        const Exposition e = scrape(metricsPort);
        QVERIFY2(e.problems.isEmpty(), qPrintable(e.problems.join(QLatin1Char('\n'))));
        QCOMPARE(e.value(QStringLiteral("walletdesk_server_threads")), 2.0);
        QCOMPARE(e.value(QStringLiteral("walletdesk_http_requests_total"),
                     requestLabels("GET", "/api/v1/health", "200")),
            50.0);
        QCOMPARE(e.value(QStringLiteral("walletdesk_http_request_duration_seconds_count"),
                     routeLabels("GET", "/api/v1/health")),
            50.0);
    }
};

QTEST_MAIN(TestServerMetrics)
#include "tst_servermetrics.moc"
