// Several server processes (two threads each) on one store, as behind a load balancer, on SQLite
// or (WALLETDESK_TEST_BACKEND=postgres) PostgreSQL. Every guarded write is
// raced by 8 requests through 4 instances: exactly one wins and the stored
// state is the winner's, as the server tells it afterwards. Then writers and
// readers of the changes feed run at the same time: every reader sees every
// acknowledged write exactly once.
#include "ApiCaller.h"
#include "StoreSql.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <QtTest>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

namespace {
constexpr int instances = 4;
constexpr int racers = 8; // racer k goes through instance k / 2
constexpr int rounds = 4;
constexpr int feedMs = 8000;
constexpr int accounts = 1000;

using Response = ApiCaller::Response;
using Answers = QMap<QString, int>;

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}
QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QByteArray ifMatch(qint64 version)
{
    return "\"v" + QByteArray::number(version) + '"';
}
int instanceOf(int racer)
{
    return racer / 2;
}

QJsonObject complaintDraft(const QString &description)
{
    return {{QStringLiteral("channel"), QStringLiteral("hotline")},
        {QStringLiteral("categoryCode"), QStringLiteral("payment_failed_debited")},
        {QStringLiteral("severity"), QStringLiteral("high")}, {QStringLiteral("accountId"), 1},
        {QStringLiteral("callId"), QStringLiteral("call-race")},
        {QStringLiteral("description"), description},
        {QStringLiteral("customerRequest"), QStringLiteral("退款")}};
}

// One answer as a short label: "200", "409 version_conflict", "500 storage_error \"…\"", "no answer
// (…)".
QString answerOf(const Response &r)
{
    if (r.status == 0)
        return QStringLiteral("no answer (%1)").arg(r.networkError);
    if (r.status < 300)
        return QString::number(r.status);
    if (r.status >= 500) // not an answer a client plans for: say what the server said
        return QStringLiteral("%1 %2 \"%3\"")
            .arg(r.status)
            .arg(r.code(), r.json.value(QStringLiteral("message")).toString());
    return QStringLiteral("%1 %2").arg(r.status).arg(r.code());
}

Answers tally(const QList<Response> &responses)
{
    Answers counts;
    for (const Response &r : responses)
        ++counts[answerOf(r)];
    return counts;
}

QString describe(const Answers &answers)
{
    QStringList parts;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        parts << QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1String(", "));
}

// The racers that were told their request succeeded.
QList<int> winnersOf(const QList<Response> &responses)
{
    QList<int> won;
    for (int k = 0; k < responses.size(); ++k)
        if (responses.at(k).status >= 200 && responses.at(k).status < 300)
            won << k;
    return won;
}

QString racerList(const QList<int> &ks)
{
    QStringList names;
    for (int k : ks)
        names << QStringLiteral("#%1 (instance %2)").arg(k).arg(instanceOf(k));
    return names.join(QLatin1String(", "));
}

// What the races got wrong, in the words of whoever would notice. Every round
// runs to the end, so one run lists every kind of failure at once.
class Findings
{
public:
    void setRound(int round, int of = rounds)
    {
        m_prefix = QStringLiteral("round %1/%2: ").arg(round + 1).arg(of);
    }
    void check(bool ok, const QString &what)
    {
        if (!ok)
            m_lines << m_prefix + what;
    }
    // The answers of one race against the expected ones; `who` says what the
    // successful answers mean ("decisions were accepted").
    void answers(const QList<Response> &responses, const Answers &expected, const QString &race,
        const QString &who)
    {
        const Answers got = tally(responses);
        if (got == expected)
            return;
        int expectedWinners = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            expectedWinners += it.key().startsWith(QLatin1Char('2')) ? it.value() : 0;
        const QList<int> won = winnersOf(responses);
        QString line = race;
        if (won.size() != expectedWinners)
            line += QStringLiteral(": %1 %2, not %3").arg(won.size()).arg(who).arg(expectedWinners);
        m_lines << m_prefix + line
                + QStringLiteral(" (answers: %1; expected %2)")
                      .arg(describe(got), describe(expected));
    }
    bool ok() const { return m_lines.isEmpty(); }
    // Logs every finding (a failure message is cut short) and sums them up.
    QByteArray report() const
    {
        for (const QString &line : m_lines)
            qWarning().noquote() << line;
        return QStringLiteral("%1 findings, listed above; the first: %2")
            .arg(m_lines.size())
            .arg(m_lines.value(0))
            .toUtf8();
    }

private:
    QString m_prefix;
    QStringList m_lines;
};

// A supervisor following the changes feed through one instance.
struct FeedReader
{
    ApiCaller *caller = nullptr;
    QString name;
    QString cursor = QStringLiteral("0"); // opaque: only ever sent back
    QHash<QString, int> served; // "complaint:12" → times served
    QSet<QString> seqs;
    QStringList repeatedSeqs;
    QStringList errors;
    int items = 0;
    int polls = 0;
    int quietPolls = 0; // in a row, after the writers stopped
    QElapsedTimer quietFor;
    bool done = false;
};

// An agent logging complaints and adding notes to them through one instance.
struct FeedWriter
{
    ApiCaller *caller = nullptr;
    int number = 0;
    qint64 complaintId = 0;
    int notesOnIt = 0;
    bool done = false;
};
} // namespace

class TestServerConcurrency : public QObject
{
    Q_OBJECT

private:
    enum Who { Agent01, Agent02, Super01, Super02, Admin01, Anonymous, WhoCount };
    // Racers take turns between the two supervisors.
    static Who supervisorOf(int racer) { return racer % 2 == 0 ? Super01 : Super02; }
    // Reference data is the administrator's: one sign-in, on every process.
    static Who administratorOf(int) { return Admin01; }

    std::array<TestServer, instances> m_servers;
    std::array<std::array<std::unique_ptr<ApiCaller>, WhoCount>, instances> m_callers;
    std::array<qint64, WhoCount> m_agentId {};
    QList<qint64> m_lockedAccounts;
    QList<qint64> m_twoFactorAccounts;
    QString m_resolutionCode;
    QString m_channelName;

    ApiCaller &as(Who who, int instance = 0) { return *m_callers[instance][who]; }

    qint64 createComplaint(const QString &description)
    {
        const auto r = as(Agent01).post(QStringLiteral("/api/v1/complaints"),
            complaintDraft(description), {{"Idempotency-Key", newKey()}});
        if (r.status != 201)
            qWarning() << "could not log a complaint:" << r.status << r.body;
        return r.json.value(QStringLiteral("id")).toInteger();
    }

    int eventCount(qint64 complaintId, const QString &kind)
    {
        const auto r
            = as(Super01).get(QStringLiteral("/api/v1/complaints/%1/events").arg(complaintId));
        if (r.status != 200)
            return -1;
        int n = 0;
        for (const auto &e : r.items())
            n += e.toObject().value(QStringLiteral("kind")).toString() == kind;
        return n;
    }

    // The audit entries matching a query, with the given call id if one is given.
    QList<QJsonObject> auditEntries(const QString &query, const QString &callId = {})
    {
        const auto r = as(Super01).get(QStringLiteral("/api/v1/audit?limit=500&") + query);
        if (r.status != 200)
            qWarning() << "audit query failed:" << r.status << r.body;
        QList<QJsonObject> entries;
        for (const auto &e : r.items())
            if (callId.isEmpty()
                || e.toObject().value(QStringLiteral("callId")).toString() == callId)
                entries << e.toObject();
        return entries;
    }

    // Starts an SMS verification of the caller by agent01 through instance 0.
    // Returns its id and the code the caller received.
    QPair<qint64, QString> startVerification(qint64 accountId, const QString &callId)
    {
        const auto started
            = as(Agent01).post(QStringLiteral("/api/v1/accounts/%1/verifications").arg(accountId),
                {{QStringLiteral("callId"), callId},
                    {QStringLiteral("method"), QStringLiteral("sms")}});
        if (started.status != 201)
            qWarning() << "could not start a verification:" << started.status << started.body;
        return {started.json.value(QStringLiteral("id")).toInteger(), m_servers[0].latestSmsCode()};
    }

    qint64 verifiedCaller(qint64 accountId, const QString &callId)
    {
        const auto started = startVerification(accountId, callId);
        const auto answered
            = as(Agent01).post(QStringLiteral("/api/v1/verifications/%1/answer").arg(started.first),
                {{QStringLiteral("answer"), started.second}});
        return answered.json.value(QStringLiteral("status")).toString() == QLatin1String("verified")
            ? started.first
            : 0;
    }

    // The same request from each racer, through instance k / 2, as `who(k)`.
    QList<Response> race(const std::function<Who(int)> &who, const QByteArray &method,
        const QString &path, const std::function<QJsonObject(int)> &body,
        const QMap<QByteArray, QByteArray> &headers = {})
    {
        QList<ApiCaller::Request> requests;
        for (int k = 0; k < racers; ++k)
            requests.append({&as(who(k), instanceOf(k)), method, path, json(body(k)), headers});
        return ApiCaller::sendTogether(requests);
    }

    // One count from the shared store, behind the servers' backs.
    int countInStore(const QString &sql)
    {
        const QStringList values = StoreSql::column(m_servers[0].databaseSpec(), sql);
        return values.isEmpty() ? -1 : values.first().toInt();
    }

    // Eight answers to one request with one Idempotency-Key: all told the
    // same record, seven of them as replays.
    void expectOneRecord(Findings &findings, const QList<Response> &responses, const QString &what)
    {
        findings.answers(responses, {{QStringLiteral("201"), racers}},
            QStringLiteral("%1 sent 8 times with one Idempotency-Key").arg(what),
            QStringLiteral("were told it was done"));
        QSet<qint64> ids;
        int replays = 0;
        for (const Response &r : responses) {
            if (r.status == 201)
                ids.insert(r.json.value(QStringLiteral("id")).toInteger());
            replays += r.headers.value("idempotent-replay") == "true";
        }
        findings.check(ids.size() == 1,
            QStringLiteral("%1 sent 8 times came back as %2 different records")
                .arg(what)
                .arg(ids.size()));
        findings.check(replays == racers - 1,
            QStringLiteral("%1: %2 of the 8 answers were marked as replays, not 7")
                .arg(what)
                .arg(replays));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer clock;
        clock.start();
        TestServer::Options options;
        options.accounts = accounts; // enough locked ones for every round
        QVERIFY2(m_servers[0].prepare(options), qPrintable(m_servers[0].errorString()));
        // Each process runs two server threads on one port (--threads), so
        // racers also meet inside one process, on two connections to the store.
        const QStringList twoThreads {QStringLiteral("--threads"), QStringLiteral("2")};
        QVERIFY2(m_servers[0].start(twoThreads, TestServer::freePort()),
            qPrintable(m_servers[0].errorString()));
        for (int i = 1; i < instances; ++i)
            QVERIFY2(m_servers[i].attach(m_servers[0], twoThreads, TestServer::freePort()),
                qPrintable(m_servers[i].errorString()));
        for (int i = 0; i < instances; ++i)
            for (auto &c : m_callers[i])
                c = std::make_unique<ApiCaller>(
                    m_servers[i].baseUrl(), m_servers[0].caCertificates());
        const QStringList users {QStringLiteral("agent01"), QStringLiteral("agent02"),
            QStringLiteral("super01"), QStringLiteral("super02"), QStringLiteral("admin01")};
        for (int who = Agent01; who < Anonymous; ++who) {
            const auto login
                = m_callers[0][who]->signIn(users.at(who), users.at(who) + QStringLiteral("-demo"));
            QCOMPARE(login.status, 200);
            m_agentId[who] = login.json.value(QStringLiteral("agent"))
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
            // An access token works on every instance; this also opens the connections.
            for (int i = 0; i < instances; ++i) {
                m_callers[i][who]->setToken(m_callers[0][who]->token());
                QCOMPARE(m_callers[i][who]->get(QStringLiteral("/api/v1/auth/me")).status, 200);
            }
        }
        for (int i = 0; i < instances; ++i)
            QCOMPARE(as(Anonymous, i).get(QStringLiteral("/api/v1/health")).status, 200);

        // Locked accounts to unlock and accounts with 2FA to reset, one per round.
        for (qint64 first = 1; first <= accounts && m_lockedAccounts.size() < rounds;
             first += 100) {
            QList<ApiCaller::Request> batch;
            for (qint64 id = first; id < first + 100 && id <= accounts; ++id)
                batch.append({&as(Agent01, int(id % instances)), "GET",
                    QStringLiteral("/api/v1/accounts/%1").arg(id), {}, {}});
            const auto answers = ApiCaller::sendTogether(batch);
            for (qsizetype n = 0; n < answers.size(); ++n) {
                const qint64 id = first + n;
                QCOMPARE(answers.at(n).status, 200);
                if (answers.at(n).json.value(QStringLiteral("status")).toString()
                    == QLatin1String("locked"))
                    m_lockedAccounts << id;
                else if (answers.at(n).json.value(QStringLiteral("twoFactorEnabled")).toBool()
                    && id > 3)
                    m_twoFactorAccounts << id;
            }
        }
        QVERIFY2(m_lockedAccounts.size() >= rounds, "the demo data has too few locked accounts");
        QVERIFY2(m_twoFactorAccounts.size() >= rounds,
            "the demo data has too few accounts with two-factor authentication");

        const auto reference = as(Agent01).get(QStringLiteral("/api/v1/reference"));
        QCOMPARE(reference.status, 200);
        m_resolutionCode = reference.json.value(QStringLiteral("resolutionCodes"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("code"))
                               .toString();
        m_channelName = reference.json.value(QStringLiteral("channels"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("nameEn"))
                            .toString();
        QVERIFY(!m_resolutionCode.isEmpty());
        qInfo("%d server processes on one %s store, ready in %lld ms", instances,
            m_servers[0].isPostgres() ? "PostgreSQL" : "SQLite", clock.elapsed());
    }

    void complaintEditedFromOneVersion()
    {
        Findings findings;
        const qint64 id = createComplaint(QStringLiteral("八个人同时修改的投诉"));
        QVERIFY(id > 0);
        const QString path = QStringLiteral("/api/v1/complaints/%1").arg(id);
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            const auto before = as(Super01).get(path);
            QCOMPARE(before.status, 200);
            const qint64 version = before.json.value(QStringLiteral("version")).toInteger();
            const int updatesBefore = eventCount(id, QStringLiteral("update"));
            const auto description = [&](int k) {
                return QStringLiteral("第 %1 轮，第 %2 人的修改").arg(round).arg(k);
            };
            const auto responses
                = race([](int k) { return k % 2 == 0 ? Agent01
                                       : k % 4 == 1  ? Super01
                                                     : Super02; },
                    "PATCH", path,
                    [&](int k) {
                        return QJsonObject {{QStringLiteral("description"), description(k)}};
                    },
                    {{"If-Match", ifMatch(version)}});
            const QList<int> won = winnersOf(responses);
            findings.answers(responses,
                {{QStringLiteral("200"), 1}, {QStringLiteral("409 version_conflict"), racers - 1}},
                QStringLiteral("8 people saved complaint %1 from version %2 at once")
                    .arg(id)
                    .arg(version),
                QStringLiteral("were told their edit was saved"));
            const auto after = as(Super01).get(path);
            QCOMPARE(after.status, 200);
            const qint64 stored = after.json.value(QStringLiteral("version")).toInteger();
            const QString text = after.json.value(QStringLiteral("description")).toString();
            findings.check(stored == version + 1,
                QStringLiteral(
                    "complaint %1 is at version %2 after %3 accepted edits of version %4")
                    .arg(id)
                    .arg(stored)
                    .arg(won.size())
                    .arg(version));
            if (won.size() == 1) {
                findings.check(text == description(won.first()),
                    QStringLiteral(
                        "complaint %1 shows \"%2\", not the edit that was accepted (\"%3\")")
                        .arg(id)
                        .arg(text, description(won.first())));
            } else if (won.size() > 1) {
                findings.check(false,
                    QStringLiteral(
                        "complaint %1 keeps one of %2 edits that were each told they were saved "
                        "(racers %3): %4 acknowledged edit(s) lost")
                        .arg(id)
                        .arg(won.size())
                        .arg(racerList(won))
                        .arg(won.size() - 1));
            }
            const int updates = eventCount(id, QStringLiteral("update")) - updatesBefore;
            findings.check(updates == 1,
                QStringLiteral(
                    "the timeline of complaint %1 gained %2 \"update\" events for one edit")
                    .arg(id)
                    .arg(updates));
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    // An agent's two PCs move the same callback at once: one move is kept
    // and told so, the others learn of it (409) and nothing is lost.
    void callbackChangedFromOneVersion()
    {
        Findings findings;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto created = as(Agent01).post(QStringLiteral("/api/v1/callbacks"),
            {{QStringLiteral("phone"), QStringLiteral("+8613800138000")},
                {QStringLiteral("reason"), QStringLiteral("八台电脑同时改期")},
                {QStringLiteral("dueAt"), now.addSecs(3600).toString(Qt::ISODateWithMs)}},
            {{"Idempotency-Key", newKey()}});
        QCOMPARE(created.status, 201);
        const QString path = QStringLiteral("/api/v1/callbacks/%1")
                                 .arg(created.json.value(QStringLiteral("id")).toInteger());
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            const qint64 version
                = as(Agent01).get(path).json.value(QStringLiteral("version")).toInteger();
            const auto due = [&](int k) {
                return now.addSecs(7200 + 60 * (round * racers + k)).toString(Qt::ISODateWithMs);
            };
            const auto responses = race([](int) { return Agent01; }, "PATCH", path,
                [&](int k) {
                    return QJsonObject {{QStringLiteral("dueAt"), due(k)}};
                },
                {{"If-Match", ifMatch(version)}});
            const QList<int> won = winnersOf(responses);
            findings.answers(responses,
                {{QStringLiteral("200"), 1}, {QStringLiteral("409 version_conflict"), racers - 1}},
                QStringLiteral("8 PCs moved callback %1 from version %2 at once")
                    .arg(path)
                    .arg(version),
                QStringLiteral("were told their new time was saved"));
            const auto after = as(Agent01).get(path);
            findings.check(after.json.value(QStringLiteral("version")).toInteger() == version + 1,
                QStringLiteral("callback is at version %1 after one accepted move of version %2")
                    .arg(after.json.value(QStringLiteral("version")).toInteger())
                    .arg(version));
            if (won.size() == 1)
                findings.check(
                    after.json.value(QStringLiteral("dueAt")).toString() == due(won.first()),
                    QStringLiteral("the callback keeps %1, not the accepted move to %2")
                        .arg(after.json.value(QStringLiteral("dueAt")).toString(),
                            due(won.first())));
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    void complaintStepsWithoutIfMatch()
    {
        Findings findings;
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            const qint64 id = createComplaint(QStringLiteral("第 %1 轮：延期并解决").arg(round));
            QVERIFY(id > 0);
            const QString path = QStringLiteral("/api/v1/complaints/%1").arg(id);
            const auto reason
                = [&](int k) { return QStringLiteral("需银行回函（%1-%2）").arg(round).arg(k); };
            const auto extended
                = race(supervisorOf, "POST", path + QStringLiteral("/extend"), [&](int k) {
                      return QJsonObject {{QStringLiteral("reason"), reason(k)}};
                  });
            findings.answers(extended,
                {{QStringLiteral("200"), 1}, {QStringLiteral("409 already_extended"), racers - 1}},
                QStringLiteral("8 supervisors extended the deadline of complaint %1 at once")
                    .arg(id),
                QStringLiteral("were told they extended it"));
            const QList<int> extendedBy = winnersOf(extended);
            const auto afterExtend = as(Super01).get(path);
            QCOMPARE(afterExtend.status, 200);
            if (extendedBy.size() == 1) {
                const QString stored
                    = afterExtend.json.value(QStringLiteral("extensionReason")).toString();
                findings.check(stored == reason(extendedBy.first()),
                    QStringLiteral("complaint %1 gives \"%2\" as the reason for its extension, not "
                                   "the accepted one (\"%3\")")
                        .arg(id)
                        .arg(stored, reason(extendedBy.first())));
            }
            const int extends = eventCount(id, QStringLiteral("extend"));
            findings.check(extends == 1,
                QStringLiteral("the timeline of complaint %1 shows its deadline extended %2 times; "
                               "a deadline may be extended once")
                    .arg(id)
                    .arg(extends));

            const auto text
                = [&](int k) { return QStringLiteral("已退款（第 %1 位组长）").arg(k); };
            const auto resolved
                = race(supervisorOf, "POST", path + QStringLiteral("/resolve"), [&](int k) {
                      return QJsonObject {{QStringLiteral("resolutionCode"), m_resolutionCode},
                          {QStringLiteral("resolutionText"), text(k)}};
                  });
            findings.answers(resolved,
                {{QStringLiteral("200"), 1}, {QStringLiteral("409 invalid_state"), racers - 1}},
                QStringLiteral("8 supervisors resolved complaint %1 at once").arg(id),
                QStringLiteral("were told they resolved it"));
            const QList<int> resolvedBy = winnersOf(resolved);
            const auto afterResolve = as(Super01).get(path);
            QCOMPARE(afterResolve.status, 200);
            findings.check(afterResolve.json.value(QStringLiteral("status")).toString()
                    == QLatin1String("resolved"),
                QStringLiteral("complaint %1 is not resolved after the race").arg(id));
            if (resolvedBy.size() == 1) {
                const QString stored
                    = afterResolve.json.value(QStringLiteral("resolutionText")).toString();
                findings.check(stored == text(resolvedBy.first()),
                    QStringLiteral(
                        "complaint %1 shows the resolution \"%2\", not the accepted one (\"%3\")")
                        .arg(id)
                        .arg(stored, text(resolvedBy.first())));
            }
            const int resolves = eventCount(id, QStringLiteral("resolve"));
            findings.check(resolves == 1,
                QStringLiteral("the timeline of complaint %1 shows it resolved %2 times")
                    .arg(id)
                    .arg(resolves));
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    void referenceEditedFromOneVersion()
    {
        Findings findings;
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            const auto before = as(Super01).get(QStringLiteral("/api/v1/reference"));
            QCOMPARE(before.status, 200);
            const qint64 version = before.json.value(QStringLiteral("version")).toInteger();
            const auto name = [&](int k) {
                return QStringLiteral("%1 (edit %2.%3)").arg(m_channelName).arg(round).arg(k);
            };
            const auto responses = race(administratorOf, "PUT", QStringLiteral("/api/v1/reference"),
                [&](int k) {
                    QJsonObject edited = before.json;
                    QJsonArray channels = edited.value(QStringLiteral("channels")).toArray();
                    QJsonObject first = channels.first().toObject();
                    first.insert(QStringLiteral("nameEn"), name(k));
                    channels.replace(0, first);
                    edited.insert(QStringLiteral("channels"), channels);
                    return edited;
                },
                {{"If-Match", ifMatch(version)}});
            findings.answers(responses,
                {{QStringLiteral("200"), 1}, {QStringLiteral("409 version_conflict"), racers - 1}},
                QStringLiteral("8 edits saved the reference data from version %1 at once")
                    .arg(version),
                QStringLiteral("were told their edit was saved"));
            const QList<int> won = winnersOf(responses);
            const auto after = as(Super02, 3).get(QStringLiteral("/api/v1/reference"));
            QCOMPARE(after.status, 200);
            const qint64 stored = after.json.value(QStringLiteral("version")).toInteger();
            const QString channel = after.json.value(QStringLiteral("channels"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("nameEn"))
                                        .toString();
            findings.check(stored == version + 1,
                QStringLiteral(
                    "the reference data is at version %1 after %2 accepted edits of version %3")
                    .arg(stored)
                    .arg(won.size())
                    .arg(version));
            if (won.size() == 1)
                findings.check(channel == name(won.first()),
                    QStringLiteral(
                        "the first channel is named \"%1\", not as in the accepted edit (\"%2\")")
                        .arg(channel, name(won.first())));
            else if (won.size() > 1)
                findings.check(false,
                    QStringLiteral(
                        "the reference data keeps \"%1\"; %2 acknowledged edit(s) lost (racers %3)")
                        .arg(channel)
                        .arg(won.size() - 1)
                        .arg(racerList(won)));
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    void approvalDecidedOnce()
    {
        Findings findings;
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            const qint64 account = m_twoFactorAccounts.at(round);
            const QString callId = QStringLiteral("call-approval-%1").arg(round);
            const qint64 verification = verifiedCaller(account, callId);
            QVERIFY(verification > 0);
            const auto requested
                = as(Agent01).post(QStringLiteral("/api/v1/accounts/%1/actions").arg(account),
                    {{QStringLiteral("type"), QStringLiteral("two_factor_reset")},
                        {QStringLiteral("verificationId"), verification},
                        {QStringLiteral("callId"), callId},
                        {QStringLiteral("reason"), QStringLiteral("客户换了手机")}});
            QCOMPARE(requested.status, 201);
            QCOMPARE(requested.json.value(QStringLiteral("status")).toString(),
                QStringLiteral("pending_approval"));
            const qint64 id = requested.json.value(QStringLiteral("id")).toInteger();

            // One approval and one rejection through each instance, from both supervisors.
            const auto approves = [&](int k) { return (k + k / 2 + round) % 2 == 0; };
            QList<ApiCaller::Request> decisions;
            for (int k = 0; k < racers; ++k)
                decisions.append({&as(supervisorOf(k), instanceOf(k)), "POST",
                    QStringLiteral("/api/v1/approvals/%1/%2")
                        .arg(id)
                        .arg(approves(k) ? QStringLiteral("approve") : QStringLiteral("reject")),
                    json({{QStringLiteral("reason"), QStringLiteral("第 %1 位组长的决定").arg(k)}}),
                    {}});
            const auto responses = ApiCaller::sendTogether(decisions);
            findings.answers(responses,
                {{QStringLiteral("200"), 1}, {QStringLiteral("409 not_pending"), racers - 1}},
                QStringLiteral("two supervisors sent 8 decisions on request %1 at once").arg(id),
                QStringLiteral("decisions were accepted"));
            const QList<int> won = winnersOf(responses);

            const QString status = as(Super01)
                                       .get(QStringLiteral("/api/v1/actions/%1").arg(id))
                                       .json.value(QStringLiteral("status"))
                                       .toString();
            const bool twoFactor = as(Agent01, 2)
                                       .get(QStringLiteral("/api/v1/accounts/%1").arg(account))
                                       .json.value(QStringLiteral("twoFactorEnabled"))
                                       .toBool();
            if (won.size() == 1) {
                const QString decided = approves(won.first()) ? QStringLiteral("approved")
                                                              : QStringLiteral("rejected");
                findings.check(status == decided,
                    QStringLiteral(
                        "request %1 shows \"%2\" though the only decision accepted was \"%3\"")
                        .arg(id)
                        .arg(status, decided));
            } else if (won.size() > 1) {
                QStringList told;
                for (int k : won)
                    told << QStringLiteral("%1 by %2")
                                .arg(approves(k) ? QStringLiteral("approve")
                                                 : QStringLiteral("reject"),
                                    k % 2 == 0 ? QStringLiteral("super01")
                                               : QStringLiteral("super02"));
                findings.check(false,
                    QStringLiteral("request %1 was decided %2 times (%3); it now shows \"%4\"")
                        .arg(id)
                        .arg(won.size())
                        .arg(told.join(QLatin1String(", ")), status));
            }
            findings.check(status != QLatin1String("rejected") || twoFactor,
                QStringLiteral("request %1 shows \"rejected\", yet account %2's two-factor "
                               "authentication was switched off")
                    .arg(id)
                    .arg(account));
            findings.check(status != QLatin1String("approved") || !twoFactor,
                QStringLiteral(
                    "request %1 was approved, yet account %2 still has two-factor authentication")
                    .arg(id)
                    .arg(account));
            const auto audited
                = auditEntries(QStringLiteral("accountId=%1&action=approval").arg(account));
            QStringList entries;
            for (const QJsonObject &e : audited)
                entries << e.value(QStringLiteral("action")).toString();
            findings.check(audited.size() == 1,
                QStringLiteral("the audit log records %1 decisions on request %2 (%3)")
                    .arg(audited.size())
                    .arg(id)
                    .arg(entries.join(QLatin1String(", "))));
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    void actionCarriedOutOnce()
    {
        Findings findings;
        const auto agent = [](int) { return Agent01; };
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            const qint64 account = m_lockedAccounts.at(round);
            const QString callId = QStringLiteral("call-unlock-%1").arg(round);
            const qint64 verification = verifiedCaller(account, callId);
            QVERIFY(verification > 0);
            const QString actionsPath = QStringLiteral("/api/v1/accounts/%1/actions").arg(account);
            const QJsonObject unlock {{QStringLiteral("type"), QStringLiteral("unlock")},
                {QStringLiteral("verificationId"), verification},
                {QStringLiteral("callId"), callId},
                {QStringLiteral("reason"), QStringLiteral("客户本人来电，已核实")}};
            const auto unlocked = race(agent, "POST", actionsPath, [&](int) { return unlock; });
            findings.answers(unlocked,
                {{QStringLiteral("201"), 1}, {QStringLiteral("409 not_locked"), racers - 1}},
                QStringLiteral("8 unlocks of account %1 with one verification").arg(account),
                QStringLiteral("were told they unlocked it"));
            for (int k : winnersOf(unlocked))
                findings.check(unlocked.at(k).json.value(QStringLiteral("status")).toString()
                        == QLatin1String("done"),
                    QStringLiteral("an accepted unlock of account %1 is not done").arg(account));
            findings.check(as(Agent01, 1)
                               .get(QStringLiteral("/api/v1/accounts/%1").arg(account))
                               .json.value(QStringLiteral("status"))
                               .toString()
                    == QLatin1String("active"),
                QStringLiteral("account %1 is not active after the unlock").arg(account));

            // A transaction of this account with no refund asked for yet, a completed payment if
            // there is one.
            const auto log = as(Agent01).get(
                QStringLiteral("/api/v1/accounts/%1/transactions?limit=200").arg(account));
            QCOMPARE(log.status, 200);
            QJsonObject transaction;
            for (const auto &item : log.items()) {
                const QJsonObject t = item.toObject();
                const bool payment
                    = t.value(QStringLiteral("type")).toString() == QLatin1String("payment")
                    && t.value(QStringLiteral("status")).toString() == QLatin1String("succeeded");
                if (t.value(QStringLiteral("refundState")).toString() == QLatin1String("none")
                    && (transaction.isEmpty() || payment))
                    transaction = t;
                if (payment && transaction == t)
                    break;
            }
            QVERIFY2(!transaction.isEmpty(), "the account has no transaction to ask a refund for");
            const qint64 txId = transaction.value(QStringLiteral("id")).toInteger();
            QJsonObject refund = unlock;
            refund.insert(QStringLiteral("type"), QStringLiteral("refund_request"));
            refund.insert(QStringLiteral("transactionId"), txId);
            refund.insert(QStringLiteral("reason"), QStringLiteral("客户要求退款"));
            const auto refunds = race(agent, "POST", actionsPath, [&](int) { return refund; });
            findings.answers(refunds,
                {{QStringLiteral("201"), 1},
                    {QStringLiteral("409 refund_already_requested"), racers - 1}},
                QStringLiteral("8 refund requests for transaction %1").arg(txId),
                QStringLiteral("were told they asked for the refund"));
            const QString refundState
                = as(Agent01, 3)
                      .get(QStringLiteral("/api/v1/transactions/")
                          + transaction.value(QStringLiteral("orderNumber")).toString())
                      .json.value(QStringLiteral("refundState"))
                      .toString();
            findings.check(refundState == QLatin1String("refund_requested"),
                QStringLiteral("transaction %1 shows refund state \"%2\"")
                    .arg(txId)
                    .arg(refundState));

            int unlocks = 0, refundRequests = 0;
            for (const auto &item :
                as(Super02).get(actionsPath + QStringLiteral("?limit=200")).items()) {
                const QJsonObject a = item.toObject();
                unlocks += a.value(QStringLiteral("type")).toString() == QLatin1String("unlock");
                refundRequests
                    += a.value(QStringLiteral("type")).toString() == QLatin1String("refund_request")
                    && a.value(QStringLiteral("transactionId")).toInteger() == txId;
            }
            findings.check(unlocks == 1,
                QStringLiteral("account %1 lists %2 unlocks for one locked account")
                    .arg(account)
                    .arg(unlocks));
            findings.check(refundRequests == 1,
                QStringLiteral("account %1 lists %2 refund requests for transaction %3")
                    .arg(account)
                    .arg(refundRequests)
                    .arg(txId));
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    void verificationAttemptsCounted()
    {
        Findings findings;
        const auto agent = [](int) { return Agent01; };
        const qint64 account = 2;
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            // Eight wrong codes: three tries, then the verification is closed.
            const QString wrongCall = QStringLiteral("call-wrong-%1").arg(round);
            const auto started = startVerification(account, wrongCall);
            const qint64 wrongId = started.first;
            QVERIFY(wrongId > 0);
            const QString code = started.second;
            QCOMPARE(code.size(), 6);
            const QString wrongCode = code == QLatin1String("000000") ? QStringLiteral("111111")
                                                                      : QStringLiteral("000000");
            const auto wrong = race(agent, "POST",
                QStringLiteral("/api/v1/verifications/%1/answer").arg(wrongId), [&](int) {
                    return QJsonObject {{QStringLiteral("answer"), wrongCode}};
                });
            findings.answers(wrong,
                {{QStringLiteral("200"), 3},
                    {QStringLiteral("409 verification_closed"), racers - 3}},
                QStringLiteral("8 wrong codes for verification %1, which allows 3 tries")
                    .arg(wrongId),
                QStringLiteral("were counted as tries"));
            // Each counted try tells the agent how many are left after it: 2, 1, 0.
            QList<int> toldLeft;
            QStringList told;
            for (int k : winnersOf(wrong))
                toldLeft << wrong.at(k).json.value(QStringLiteral("triesLeft")).toInt();
            std::sort(toldLeft.begin(), toldLeft.end());
            for (int left : std::as_const(toldLeft))
                told << QString::number(left);
            findings.check(toldLeft.size() != 3 || toldLeft == QList<int> {0, 1, 2},
                QStringLiteral("the three counted wrong codes for verification %1 told the agent "
                               "%2 tries left")
                    .arg(wrongId)
                    .arg(told.join(QLatin1String(", "))));
            const auto wrongAfter
                = as(Agent01, 1).get(QStringLiteral("/api/v1/verifications/%1").arg(wrongId));
            const int triesLeft = wrongAfter.json.value(QStringLiteral("triesLeft")).toInt();
            const QString wrongStatus = wrongAfter.json.value(QStringLiteral("status")).toString();
            findings.check(triesLeft == 0 && wrongStatus == QLatin1String("failed"),
                QStringLiteral("verification %1 is %2 with %3 tries left after 8 wrong codes")
                    .arg(wrongId)
                    .arg(wrongStatus)
                    .arg(triesLeft));
            const int wrongAudited
                = auditEntries(QStringLiteral("agentId=%1&accountId=%2&action=verification.wrong")
                                   .arg(m_agentId[Agent01])
                                   .arg(account),
                    wrongCall)
                      .size();
            findings.check(wrongAudited == 3,
                QStringLiteral(
                    "the audit log records %1 wrong codes for verification %2, which allows 3")
                    .arg(wrongAudited)
                    .arg(wrongId));

            // Eight right codes: verified once.
            const QString rightCall = QStringLiteral("call-right-%1").arg(round);
            const auto fresh = startVerification(account, rightCall);
            const qint64 rightId = fresh.first;
            const QString rightCode = fresh.second;
            QVERIFY(rightId > 0);
            const auto right = race(agent, "POST",
                QStringLiteral("/api/v1/verifications/%1/answer").arg(rightId), [&](int) {
                    return QJsonObject {{QStringLiteral("answer"), rightCode}};
                });
            findings.answers(right,
                {{QStringLiteral("200"), 1},
                    {QStringLiteral("409 verification_closed"), racers - 1}},
                QStringLiteral("8 right codes for verification %1").arg(rightId),
                QStringLiteral("were told the caller is now verified"));
            for (int k : winnersOf(right))
                findings.check(right.at(k).json.value(QStringLiteral("status")).toString()
                        == QLatin1String("verified"),
                    QStringLiteral("a right code for verification %1 was answered \"%2\"")
                        .arg(rightId)
                        .arg(right.at(k).json.value(QStringLiteral("status")).toString()));
            const int passed
                = auditEntries(QStringLiteral("agentId=%1&accountId=%2&action=verification.passed")
                                   .arg(m_agentId[Agent01])
                                   .arg(account),
                    rightCall)
                      .size();
            findings.check(passed == 1,
                QStringLiteral("the audit log records verification %1 passed %2 times")
                    .arg(rightId)
                    .arg(passed));
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    void refreshTokenWorksOnce()
    {
        Findings findings;
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            const auto login = as(Anonymous).post(QStringLiteral("/api/v1/auth/login"),
                {{QStringLiteral("username"), QStringLiteral("agent02")},
                    {QStringLiteral("password"), QStringLiteral("agent02-demo")}});
            QCOMPARE(login.status, 200);
            const QString refreshToken
                = login.json.value(QStringLiteral("refreshToken")).toString();
            const auto responses = race([](int) { return Anonymous; }, "POST",
                QStringLiteral("/api/v1/auth/refresh"),
                [&](int) {
                    return QJsonObject {{QStringLiteral("refreshToken"), refreshToken}};
                });
            findings.answers(responses,
                {{QStringLiteral("200"), 1},
                    {QStringLiteral("401 invalid_refresh_token"), racers - 1}},
                QStringLiteral("one refresh token sent 8 times at once"),
                QStringLiteral("new sessions came out of one sign-in"));
            for (int k : winnersOf(responses)) {
                ApiCaller renewed(
                    m_servers[instanceOf(k)].baseUrl(), m_servers[0].caCertificates());
                renewed.setToken(
                    responses.at(k).json.value(QStringLiteral("accessToken")).toString());
                findings.check(renewed.get(QStringLiteral("/api/v1/auth/me")).status == 200,
                    QStringLiteral("the access token from an accepted refresh does not work"));
            }
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    void complaintCreatedOnceAcrossInstances()
    {
        Findings findings;
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            // No long runs of digits: they would be masked as card numbers.
            const QString description
                = QStringLiteral("同一个投诉经 4 台服务器重发（第 %1 轮）").arg(round);
            const auto responses = race([](int) { return Agent01; }, "POST",
                QStringLiteral("/api/v1/complaints"),
                [&](int) { return complaintDraft(description); }, {{"Idempotency-Key", newKey()}});
            expectOneRecord(findings, responses, QStringLiteral("one complaint"));
            const auto list = as(Super01).get(
                QStringLiteral("/api/v1/complaints?sort=created&limit=200&createdBy=%1")
                    .arg(m_agentId[Agent01]));
            QCOMPARE(list.status, 200);
            int copies = 0;
            for (const auto &c : list.items())
                copies
                    += c.toObject().value(QStringLiteral("description")).toString() == description;
            findings.check(copies == 1,
                QStringLiteral("the queue holds %1 copies of a complaint logged once").arg(copies));
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    // "Send code" resent through every instance at once with its key (the
    // first answer was lost): the customer gets one SMS.
    void codeSentOnceAcrossInstances()
    {
        Findings findings;
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            const qint64 account = 900 + round; // away from the locked ones the others use
            const QString callId = QStringLiteral("call-code-race-%1").arg(round);
            const int smsBefore = countInStore(QStringLiteral("SELECT COUNT(*) FROM sms_log"));
            const auto responses = race([](int) { return Agent01; }, "POST",
                QStringLiteral("/api/v1/accounts/%1/verifications").arg(account),
                [&](int) {
                    return QJsonObject {{QStringLiteral("callId"), callId},
                        {QStringLiteral("method"), QStringLiteral("sms")}};
                },
                {{"Idempotency-Key", newKey()}});
            expectOneRecord(findings, responses, QStringLiteral("one code"));
            const int sms
                = countInStore(QStringLiteral("SELECT COUNT(*) FROM sms_log")) - smsBefore;
            findings.check(sms == 1,
                QStringLiteral("account %1's customer got %2 SMS codes for one send")
                    .arg(account)
                    .arg(sms));
            const int stored = countInStore(
                QStringLiteral("SELECT COUNT(*) FROM verifications WHERE call_id = '%1'")
                    .arg(callId));
            findings.check(
                stored == 1, QStringLiteral("%1 verifications stored for one send").arg(stored));
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    // A refund request and a sign-out of every device, each resent through
    // every instance at once with its key: each is stored and done once.
    void actionTakenOnceAcrossInstances()
    {
        Findings findings;
        for (int round = 0; round < rounds; ++round) {
            findings.setRound(round);
            const qint64 account = 950 + round;
            const QString callId = QStringLiteral("call-action-race-%1").arg(round);
            const qint64 verification = verifiedCaller(account, callId);
            QVERIFY(verification > 0);
            const QString path = QStringLiteral("/api/v1/accounts/%1/actions").arg(account);
            const QJsonObject signOut {{QStringLiteral("type"), QStringLiteral("sign_out_devices")},
                {QStringLiteral("verificationId"), verification},
                {QStringLiteral("callId"), callId},
                {QStringLiteral("reason"), QStringLiteral("客户本人来电，已核实")}};
            expectOneRecord(findings,
                race([](int) { return Agent01; }, "POST", path, [&](int) { return signOut; },
                    {{"Idempotency-Key", newKey()}}),
                QStringLiteral("one sign-out of every device"));

            const auto log = as(Agent01).get(
                QStringLiteral("/api/v1/accounts/%1/transactions?limit=200").arg(account));
            qint64 txId = 0;
            for (const auto &item : log.items())
                if (!txId
                    && item.toObject().value(QStringLiteral("refundState")).toString()
                        == QLatin1String("none"))
                    txId = item.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY2(txId > 0, "the account has no transaction to ask a refund for");
            QJsonObject refund = signOut;
            refund.insert(QStringLiteral("type"), QStringLiteral("refund_request"));
            refund.insert(QStringLiteral("transactionId"), txId);
            expectOneRecord(findings,
                race([](int) { return Agent01; }, "POST", path, [&](int) { return refund; },
                    {{"Idempotency-Key", newKey()}}),
                QStringLiteral("one refund request"));

            const auto count = [&](const QString &type) {
                return countInStore(QStringLiteral("SELECT COUNT(*) FROM actions WHERE call_id = "
                                                   "'%1' AND type = '%2'")
                                        .arg(callId, type));
            };
            const auto auditedAs = [&](const QString &type) {
                return countInStore(QStringLiteral("SELECT COUNT(*) FROM audit WHERE call_id = "
                                                   "'%1' AND action = 'action.%2'")
                                        .arg(callId, type));
            };
            for (const QString &type :
                {QStringLiteral("sign_out_devices"), QStringLiteral("refund_request")}) {
                findings.check(count(type) == 1,
                    QStringLiteral("account %1 holds %2 %3 actions for one request")
                        .arg(account)
                        .arg(count(type))
                        .arg(type));
                findings.check(auditedAs(type) == 1,
                    QStringLiteral("the audit log records %1 %2 actions for one request")
                        .arg(auditedAs(type))
                        .arg(type));
            }
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    void signInFailuresCounted()
    {
        // Nobody else in this test signs in as agent03, and super02 keeps the session it has.
        Findings findings;
        const auto agents = as(Super01).get(QStringLiteral("/api/v1/agents"));
        QCOMPARE(agents.status, 200);
        const QStringList usernames {QStringLiteral("agent03"), QStringLiteral("super02")};
        for (int round = 0; round < usernames.size(); ++round) {
            findings.setRound(round, int(usernames.size()));
            const QString username = usernames.at(round);
            qint64 agentId = 0;
            for (const auto &a : agents.items())
                if (a.toObject().value(QStringLiteral("username")).toString() == username)
                    agentId = a.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY(agentId > 0);
            const auto responses
                = race([](int) { return Anonymous; }, "POST", QStringLiteral("/api/v1/auth/login"),
                    [&](int k) {
                        return QJsonObject {{QStringLiteral("username"), username},
                            {QStringLiteral("password"), QStringLiteral("wrong-%1").arg(k)}};
                    });
            findings.answers(responses,
                {{QStringLiteral("401 invalid_credentials"), 4},
                    {QStringLiteral("423 agent_locked"), 4}},
                QStringLiteral("8 wrong passwords for %1 at once (locked after 5)").arg(username),
                QStringLiteral("signed in"));
            const auto rightPassword
                = as(Anonymous, 2)
                      .post(QStringLiteral("/api/v1/auth/login"),
                          {{QStringLiteral("username"), username},
                              {QStringLiteral("password"),
                                  QString(username + QStringLiteral("-demo"))}});
            findings.check(rightPassword.status == 423,
                QStringLiteral("%1 is not locked after 8 wrong passwords (the right one got %2)")
                    .arg(username, answerOf(rightPassword)));
            const auto failed
                = auditEntries(QStringLiteral("agentId=%1&action=auth.failed").arg(agentId));
            int lockedOut = 0;
            for (const QJsonObject &e : failed)
                lockedOut
                    += e.value(QStringLiteral("detail")).toString() == QLatin1String("locked out");
            findings.check(failed.size() == 5,
                QStringLiteral("the audit log records %1 failed sign-ins of %2; 5 were counted "
                               "before the lock")
                    .arg(failed.size())
                    .arg(username));
            findings.check(lockedOut == 1,
                QStringLiteral("the audit log records %1 lock-outs of %2, not one")
                    .arg(lockedOut)
                    .arg(username));
        }
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    void feedMissesNothing()
    {
        // Writers and feed readers at the same time, all asynchronous in this thread.
        std::vector<FeedWriter> writers(2 * instances);
        std::vector<FeedReader> readers(instances);
        for (int w = 0; w < int(writers.size()); ++w)
            writers[w] = {&as(w % 2 == 0 ? Agent01 : Agent02, w / 2), w};
        for (int i = 0; i < instances; ++i) {
            readers[i].caller = &as(i % 2 == 0 ? Super01 : Super02, i);
            readers[i].name
                = QStringLiteral("the reader on instance %1 (%2)")
                      .arg(i)
                      .arg(i % 2 == 0 ? QLatin1String("super01") : QLatin1String("super02"));
        }
        QSet<QString> acknowledged;
        int complaints = 0, notes = 0;
        QStringList writeFailures;
        bool writersDone = false;
        std::function<void(FeedWriter *)> write;
        std::function<void(FeedReader *)> poll;
        QObject scope; // goes first, with every pending callback, should the test stop early
        QElapsedTimer clock;
        clock.start();

        write = [&](FeedWriter *writer) {
            if (clock.elapsed() >= feedMs) {
                writer->done = true;
                writersDone = std::all_of(
                    writers.cbegin(), writers.cend(), [](const FeedWriter &w) { return w.done; });
                return;
            }
            const bool newComplaint = writer->complaintId == 0 || writer->notesOnIt >= 2;
            const QByteArray key = newKey();
            QNetworkReply *reply = newComplaint
                ? writer->caller->start("POST", QStringLiteral("/api/v1/complaints"),
                    json(complaintDraft(QStringLiteral("写入者 %1 的投诉").arg(writer->number))),
                    {{"Idempotency-Key", key}})
                : writer->caller->start("POST",
                    QStringLiteral("/api/v1/complaints/%1/notes").arg(writer->complaintId),
                    json({{QStringLiteral("body"), QStringLiteral("跟进记录")}}),
                    {{"Idempotency-Key", key}});
            connect(reply, &QNetworkReply::finished, &scope, [&, writer, reply, newComplaint] {
                reply->deleteLater();
                const Response r = ApiCaller::responseOf(reply);
                if (r.status == 201) {
                    const qint64 id = r.json.value(QStringLiteral("id")).toInteger();
                    acknowledged.insert(
                        QStringLiteral("%1:%2")
                            .arg(newComplaint ? QLatin1String("complaint") : QLatin1String("note"))
                            .arg(id));
                    if (newComplaint) {
                        ++complaints;
                        writer->complaintId = id;
                        writer->notesOnIt = 0;
                    } else {
                        ++notes;
                        ++writer->notesOnIt;
                    }
                } else {
                    writeFailures << answerOf(r);
                    writer->complaintId = 0;
                }
                write(writer);
            });
        };

        poll = [&](FeedReader *reader) {
            const bool afterWriters = writersDone;
            QNetworkReply *reply = reader->caller->start("GET",
                QStringLiteral("/api/v1/changes?limit=100&since=")
                    + QString::fromLatin1(QUrl::toPercentEncoding(reader->cursor)),
                {});
            connect(reply, &QNetworkReply::finished, &scope, [&, reader, reply, afterWriters] {
                reply->deleteLater();
                const Response r = ApiCaller::responseOf(reply);
                ++reader->polls;
                bool idle = true;
                if (r.status == 200) {
                    const QJsonArray items = r.items();
                    for (const auto &item : items) {
                        const QJsonObject change = item.toObject();
                        const QString seq
                            = change.value(QStringLiteral("seq")).toVariant().toString();
                        if (reader->seqs.contains(seq))
                            reader->repeatedSeqs << seq;
                        reader->seqs.insert(seq);
                        ++reader->served[QStringLiteral("%1:%2")
                                             .arg(change.value(QStringLiteral("entity")).toString())
                                             .arg(change.value(QStringLiteral("id")).toInteger())];
                    }
                    reader->items += int(items.size());
                    reader->cursor
                        = r.json.value(QStringLiteral("cursor")).toString(reader->cursor);
                    idle = items.isEmpty() && !r.json.value(QStringLiteral("more")).toBool();
                } else {
                    reader->errors << answerOf(r);
                }
                // Once the writers have stopped, a reader has caught up when a few polls in a row
                // bring nothing, and it has seen every acknowledged write or nothing came for a
                // while.
                reader->quietPolls = afterWriters && idle ? reader->quietPolls + 1 : 0;
                if (reader->quietPolls == 1)
                    reader->quietFor.start();
                const auto sawAll = [&] {
                    return std::all_of(acknowledged.cbegin(), acknowledged.cend(),
                        [&](const QString &key) { return reader->served.contains(key); });
                };
                if ((reader->quietPolls >= 3 && (reader->quietFor.elapsed() >= 3000 || sawAll()))
                    || reader->errors.size() > 20) {
                    reader->done = true;
                    return;
                }
                if (afterWriters && idle)
                    QTimer::singleShot(100, &scope, [&, reader] { poll(reader); });
                else
                    poll(reader);
            });
        };

        for (FeedWriter &w : writers)
            write(&w);
        for (FeedReader &r : readers)
            poll(&r);
        QTRY_VERIFY_WITH_TIMEOUT(writersDone, feedMs + 60000);
        const auto allCaughtUp = [&] {
            return std::all_of(
                readers.cbegin(), readers.cend(), [](const FeedReader &r) { return r.done; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allCaughtUp(), 60000);

        qInfo("feed: %lld acknowledged writes (%d complaints, %d notes) by %d writers in %d s, "
              "%lld failed",
            qint64(acknowledged.size()), complaints, notes, int(writers.size()), feedMs / 1000,
            qint64(writeFailures.size()));
        Findings findings;
        for (const FeedReader &reader : readers) {
            qInfo("feed: %s: %d items in %d polls", qPrintable(reader.name), reader.items,
                reader.polls);
            QStringList missed, twice;
            for (const QString &key : acknowledged) {
                const int times = reader.served.value(key);
                if (times == 0)
                    missed << key;
                else if (times > 1)
                    twice << QStringLiteral("%1 (%2 times)").arg(key).arg(times);
            }
            std::sort(missed.begin(), missed.end());
            findings.check(missed.isEmpty(),
                QStringLiteral("%1 never saw %2 of %3 acknowledged writes, e.g. %4")
                    .arg(reader.name)
                    .arg(missed.size())
                    .arg(acknowledged.size())
                    .arg(missed.mid(0, 8).join(QLatin1String(", "))));
            findings.check(twice.isEmpty(),
                QStringLiteral("%1 was served %2 acknowledged writes more than once, e.g. %3")
                    .arg(reader.name)
                    .arg(twice.size())
                    .arg(twice.mid(0, 8).join(QLatin1String(", "))));
            findings.check(reader.repeatedSeqs.isEmpty(),
                QStringLiteral("%1 was served %2 changes twice (seq %3)")
                    .arg(reader.name)
                    .arg(reader.repeatedSeqs.size())
                    .arg(reader.repeatedSeqs.mid(0, 8).join(QLatin1String(", "))));
            findings.check(reader.errors.isEmpty(),
                QStringLiteral("%1 got %2 errors: %3")
                    .arg(reader.name)
                    .arg(reader.errors.size())
                    .arg(reader.errors.mid(0, 8).join(QLatin1String(", "))));
        }
        findings.check(writeFailures.isEmpty(),
            QStringLiteral("%1 writes failed: %2")
                .arg(writeFailures.size())
                .arg(writeFailures.mid(0, 8).join(QLatin1String(", "))));
        QVERIFY(acknowledged.size() > 0);
        QVERIFY2(findings.ok(), findings.report().constData());
    }

    void malformedFeedCursor_data()
    {
        QTest::addColumn<QString>("since");
        QTest::newRow("letters") << "abc";
        QTest::newRow("trailing junk") << "12abc";
        QTest::newRow("three parts") << "1.2.3";
    }
    void malformedFeedCursor()
    {
        QFETCH(QString, since);
        const auto r = as(Super01, 1).get(QStringLiteral("/api/v1/changes?since=") + since);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("validation_failed"));
        QCOMPARE(r.field(), QStringLiteral("since"));
    }

    void cleanupTestCase()
    {
        for (TestServer &server : m_servers)
            server.terminate();
    }
};

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_serverconcurrency.moc"
