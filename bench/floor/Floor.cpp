#include "Floor.h"

#include "HttpPool.h"
#include "ProcessCpu.h"
#include "QnamPool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUuid>

#include <csignal>
#include <cstdio>

namespace FloorSim {

namespace {

// SIGINT/SIGTERM: stop and report what was measured so far (a script that
// ends a run early still gets the figures).
volatile std::sig_atomic_t stopRequested = 0;
extern "C" void requestStop(int)
{
    stopRequested = 1;
}

const QString stepSignIn = QStringLiteral("sign-in");
const QString stepRefresh = QStringLiteral("token refresh");
const QString stepReference = QStringLiteral("reference data");
const QString stepChanges = QStringLiteral("changes feed");
const QString stepPresence = QStringLiteral("presence");
const QString stepSearch = QStringLiteral("search by caller number");
const QString stepOpen = QStringLiteral("open account");
const QString stepHistoryComplaints = QStringLiteral("history: complaints");
const QString stepHistoryCalls = QStringLiteral("history: calls");
const QString stepLog1 = QStringLiteral("log: first page");
const QString stepLog2 = QStringLiteral("log: next page");
const QString stepSendCode = QStringLiteral("verify: send code");
const QString stepAnswer = QStringLiteral("verify: answer");
const QString stepAction = QStringLiteral("account action");
const QString stepRefund = QStringLiteral("refund request");
const QString stepComplaint = QStringLiteral("complaint");
const QString stepCallRecord = QStringLiteral("call record");

// The step order of the report: a call's steps as they happen, then the rest.
const QStringList stepOrder = {stepSignIn, stepReference, stepSearch, stepOpen, stepLog1,
    stepHistoryComplaints, stepHistoryCalls, stepLog2, stepSendCode, stepAnswer, stepAction,
    stepRefund, stepComplaint, stepCallRecord, stepPresence, stepChanges, stepRefresh};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

QString describe(const HttpResponse &r)
{
    if (r.transportFailed())
        return QString::fromUtf8(r.error.isEmpty() ? QByteArray("no answer") : r.error);
    const QString code = parse(r.body).value(QStringLiteral("code")).toString();
    return code.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                          : QStringLiteral("HTTP %1 %2").arg(r.status).arg(code);
}

} // namespace

struct Floor::Call
{
    int agent;
    qint64 startMs;
    QDateTime startedAt;
    QString phone;
    QByteArray callId;
    qint64 accountId = 0;
    qint64 refundable = 0; // a payment of the first page that can still be refunded
    qint64 anyTransaction = 0;
    QByteArray nextCursor; // of the log's first page
    qint64 verificationId = 0;
    qint64 smsMark = 0;
    qint64 complaintId = 0;
};

Floor::Floor(FloorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_sms(m_options.smsLogs)
    , m_random(m_options.seed)
    , m_compress(m_options.compress)
{
}

Floor::~Floor() = default;

bool Floor::prepare(QString *error)
{
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(m_options.caFile);
    if (ca.isEmpty()) {
        *error = QStringLiteral("--ca %1: no PEM certificate there").arg(m_options.caFile);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (m_options.client == QLatin1String("qnam"))
        m_pool = std::make_unique<QnamPool>(
            m_options.url, tls, m_options.connections, int(m_options.timeoutS * 1000));
    else
        m_pool = std::make_unique<HttpPool>(
            m_options.url, tls, m_options.connections, int(m_options.timeoutS * 1000));

    QFile phones(m_options.phonesFile);
    if (!phones.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("--phones %1: %2").arg(m_options.phonesFile, phones.errorString());
        return false;
    }
    while (!phones.atEnd()) {
        const QString phone = QString::fromLatin1(phones.readLine()).trimmed();
        if (!phone.isEmpty())
            m_phones.append(phone);
    }
    if (m_phones.isEmpty()) {
        *error = QStringLiteral("--phones %1: no phone numbers in it").arg(m_options.phonesFile);
        return false;
    }
    // Callers in a random order, each once before any twice: the same
    // customer is not called about twice within a minute (the server's
    // per-customer code limits, docs/api.md) unless the list is short.
    for (qsizetype i = m_phones.size() - 1; i > 0; --i)
        m_phones.swapItemsAt(i, qsizetype(m_random.bounded(qint64(i) + 1)));

    if (!m_sms.open(error))
        return false;
    if (!m_options.acksFile.isEmpty()) {
        m_acks.setFileName(m_options.acksFile);
        if (!m_acks.open(QIODevice::Append | QIODevice::Text)) {
            *error = QStringLiteral("--acks %1: %2").arg(m_options.acksFile, m_acks.errorString());
            return false;
        }
    }
    for (int i = 0; i < m_options.agents; ++i) {
        Agent a;
        a.username = QByteArray("floor")
            + QByteArray::number(m_options.firstAgent + i).rightJustified(5, '0');
        m_agents.append(a);
    }
    return true;
}

void Floor::start()
{
    m_loadAtStart = loadAverage();
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    if (!m_options.quiet)
        std::fprintf(stderr,
            "floor_sim: %d agents (%s..%s) against %s, %d connections, ramp %.0f s, run %.0f s, "
            "a call every %.0f s per agent / compress %.2f, load %s\n",
            m_options.agents, m_agents.first().username.constData(),
            m_agents.last().username.constData(), qPrintable(m_options.url.toString()),
            m_options.connections, m_options.rampS, m_options.durationS, m_options.callEveryS,
            m_compress, qPrintable(m_loadAtStart));
    const double rampMs = m_options.rampS * 1000;
    for (int i = 0; i < m_agents.size(); ++i)
        m_events.at(qint64(rampMs * i / m_agents.size()), [this, i] { signIn(i); });
    m_measureFromMs = qint64(rampMs + m_options.settleS * 1000);
    sampleCpu();
    m_events.at(m_measureFromMs, [this] {
        beginWindow();
        if (m_options.findMax) {
            m_events.after(qint64(m_options.stepS * 1000), [this] { endWindow(false); });
        }
    });
    m_events.at(qint64(m_options.durationS * 1000), [this] {
        if (m_window && !m_settling)
            endWindow(true);
        else
            stop();
    });
    // /proc of a server killed mid-run is gone: its CPU until then counts.
    m_events.after(250, [this] { cpuTick(); });
    if (!m_options.quiet)
        m_events.after(10'000, [this] { progressTick(); });
}

void Floor::cpuTick()
{
    if (stopRequested) {
        std::fprintf(stderr, "floor_sim: stopped early by a signal; the figures so far:\n");
        if (m_window && !m_settling)
            endWindow(true);
        else
            stop();
        return;
    }
    sampleCpu();
    m_events.after(250, [this] { cpuTick(); });
}

void Floor::progressTick()
{
    int signedIn = 0;
    for (const Agent &a : std::as_const(m_agents))
        signedIn += a.signedIn ? 1 : 0;
    const StepStats &s = statsNow();
    std::fprintf(stderr,
        "  t=%4llds  signed in %d  calls %lld  errors %lld  retries %lld  connections %d  "
        "queued %d  load %s\n",
        m_events.now() / 1000, signedIn, s.calls(), s.errors() + m_rampStats.errors(),
        s.retries() + m_rampStats.retries(), m_pool->openConnections(), m_pool->queued(),
        qPrintable(loadAverage()));
    m_events.after(10'000, [this] { progressTick(); });
}

StepStats &Floor::statsNow()
{
    return m_window ? *m_window : m_rampStats;
}

QByteArray Floor::newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

void Floor::request(
    int agent, const QString &step, HttpRequest http, Reply reply, int attempt, bool retried)
{
    if (m_stopping)
        return;
    http.token = m_agents[agent].token;
    ++m_inFlight;
    const HttpRequest copy = http;
    StepStats *stats = &statsNow();
    m_pool->send(std::move(http),
        [this, agent, step, copy, reply = std::move(reply), attempt, retried, stats](
            HttpResponse &&response) {
            --m_inFlight;
            if (m_stopping)
                return;
            // The window may have changed while the request was out: the
            // answer counts where the request started, if that window lives.
            StepStats &s = (stats == &m_rampStats || stats == m_window.get()) ? *stats : statsNow();
            const bool transient = response.transportFailed() || response.status == 502
                || response.status == 503 || response.status == 504;
            if (!response.transportFailed())
                s.record(step, response.latencyNs, response.queuedNs);
            else
                ++m_connectionFailures;
            if (transient && attempt < m_options.maxAttempts) {
                s.retry(step);
                // Exponential backoff with jitter, as the console's outbox does.
                const qint64 base = qMin<qint64>(5000, 100LL << (attempt - 1));
                const qint64 delay = base + m_random.bounded(int(base / 2 + 1));
                m_events.after(delay, [this, agent, step, copy, reply, attempt] {
                    request(agent, step, copy, reply, attempt + 1, true);
                });
                return;
            }
            if (response.status == 401
                && parse(response.body).value(QStringLiteral("code")).toString()
                    == QLatin1String("token_expired")
                && step != stepRefresh) {
                refreshThenResend(agent, step, copy, reply, attempt, retried, response);
                return;
            }
            reply(response, retried);
        });
}

void Floor::refreshThenResend(int agent, const QString &step, HttpRequest http, Reply reply,
    int attempt, bool retried, const HttpResponse &expired)
{
    // The console's ApiClient: one silent refresh, then the request again.
    HttpRequest refresh {"POST", "/api/v1/auth/refresh",
        json({{QStringLiteral("refreshToken"), QString::fromLatin1(m_agents[agent].refreshToken)}}),
        {}, {}};
    request(agent, stepRefresh, refresh,
        [this, agent, step, http, reply, attempt, retried, expired](const HttpResponse &r, bool) {
            if (!expect(stepRefresh, r, 200)) {
                reply(expired, retried); // the step fails as it would in the console
                return;
            }
            const QJsonObject o = parse(r.body);
            m_agents[agent].token = o.value(QStringLiteral("accessToken")).toString().toLatin1();
            m_agents[agent].refreshToken
                = o.value(QStringLiteral("refreshToken")).toString().toLatin1();
            request(agent, step, http, reply, attempt, retried);
        });
}

bool Floor::expect(const QString &step, const HttpResponse &response, int status1, int status2)
{
    if (response.status == status1 || (status2 >= 0 && response.status == status2))
        return true;
    fail(step, describe(response));
    return false;
}

void Floor::fail(const QString &step, const QString &what)
{
    statsNow().error(step, what);
}

void Floor::signIn(int agent)
{
    Agent &a = m_agents[agent];
    HttpRequest login {"POST", "/api/v1/auth/login",
        json({{QStringLiteral("username"), QString::fromLatin1(a.username)},
            {QStringLiteral("password"), m_options.password}}),
        {}, {}};
    request(agent, stepSignIn, login, [this, agent](const HttpResponse &r, bool) {
        Agent &a = m_agents[agent];
        if (!expect(stepSignIn, r, 200)) {
            a.failed = true;
            return;
        }
        const QJsonObject o = parse(r.body);
        a.token = o.value(QStringLiteral("accessToken")).toString().toLatin1();
        a.refreshToken = o.value(QStringLiteral("refreshToken")).toString().toLatin1();
        a.signedIn = true;
        // What a console does once signed in: the reference lists, presence
        // (and its heartbeat), the changes feed, then calls as they come.
        fetchReference(agent);
        reportPresence(agent, false);
        m_events.after(
            qint64(m_options.heartbeatEveryS * 1000), [this, agent] { heartbeat(agent); });
        if (m_options.pollEveryS > 0)
            m_events.after(m_random.bounded(int(m_options.pollEveryS * 1000) + 1),
                [this, agent] { pollChanges(agent); });
        callAt(agent,
            m_events.now() + m_random.bounded(int(m_options.callEveryS * 1000 / m_compress) + 1));
    });
}

void Floor::fetchReference(int agent)
{
    HttpRequest get {"GET", "/api/v1/reference", {}, {}, {}};
    // The console keeps the lists in its cache and asks whether they changed.
    if (!m_referenceEtag.isEmpty())
        get.headers.append({"If-None-Match", m_referenceEtag});
    request(agent, stepReference, get, [this](const HttpResponse &r, bool) {
        if (!expect(stepReference, r, 200, 304) || r.status == 304)
            return;
        const QJsonObject o = parse(r.body);
        QStringList categories, wrapUps;
        for (const QJsonValue &c : o.value(QStringLiteral("categories")).toArray())
            if (c[QStringLiteral("parentCode")].toString() == QLatin1String("transaction"))
                categories.append(c[QStringLiteral("code")].toString());
        for (const QJsonValue &w : o.value(QStringLiteral("wrapUpCodes")).toArray())
            wrapUps.append(w[QStringLiteral("code")].toString());
        if (!categories.isEmpty())
            m_categories = categories;
        if (!wrapUps.isEmpty())
            m_wrapUpCodes = wrapUps;
        m_refundLimitFen
            = o.value(QStringLiteral("actionPolicy"))[QStringLiteral("refundApprovalAboveFen")]
                  .toInteger(m_refundLimitFen);
        // The etag is not read from the headers (the pool keeps none): the
        // console's value is "v<version>".
        m_referenceEtag
            = "\"v" + QByteArray::number(o.value(QStringLiteral("version")).toInt()) + '"';
    });
}

void Floor::pollChanges(int agent)
{
    HttpRequest get {
        "GET", "/api/v1/changes?limit=500&since=" + m_agents[agent].changesCursor, {}, {}, {}};
    request(agent, stepChanges, get, [this, agent](const HttpResponse &r, bool) {
        bool more = false;
        if (expect(stepChanges, r, 200)) {
            const QJsonObject o = parse(r.body);
            const QString cursor = o.value(QStringLiteral("cursor")).toString();
            if (cursor.isEmpty() || !o.value(QStringLiteral("items")).isArray())
                fail(stepChanges, QStringLiteral("an answer without items or cursor"));
            else
                m_agents[agent].changesCursor = QUrl::toPercentEncoding(cursor);
            more = o.value(QStringLiteral("more")).toBool();
        }
        m_events.after(
            more ? 0 : qint64(m_options.pollEveryS * 1000), [this, agent] { pollChanges(agent); });
    });
}

void Floor::heartbeat(int agent)
{
    if (!m_agents[agent].inCall)
        reportPresence(agent, false);
    m_events.after(qint64(m_options.heartbeatEveryS * 1000), [this, agent] { heartbeat(agent); });
}

void Floor::reportPresence(int agent, bool onCall, const QDateTime &since)
{
    QJsonObject body {{QStringLiteral("onCall"), onCall}};
    if (onCall)
        body.insert(QStringLiteral("callStartedAt"), since.toString(Qt::ISODateWithMs));
    request(agent, stepPresence, {"PUT", "/api/v1/presence", json(body), {}, {}},
        [this](const HttpResponse &r, bool) { expect(stepPresence, r, 200); });
}

void Floor::callAt(int agent, qint64 dueMs)
{
    Agent &a = m_agents[agent];
    const int generation = ++a.callGeneration;
    a.nextCallMs = dueMs;
    m_events.at(dueMs, [this, agent, generation] {
        if (m_agents[agent].callGeneration == generation)
            startCall(agent);
    });
}

void Floor::scheduleNextCall(int agent, qint64 previousStartMs)
{
    // A call every --call-every seconds on average, spread ±50 %; never
    // before the agent has wrapped up the last one.
    const double gapMs
        = m_options.callEveryS * 1000 / m_compress * (0.5 + m_random.generateDouble());
    callAt(agent, qMax(m_events.now(), previousStartMs + qint64(gapMs)));
}

void Floor::setCompress(double factor)
{
    const double old = m_compress;
    m_compress = factor;
    const qint64 now = m_events.now();
    for (int i = 0; i < m_agents.size(); ++i) {
        const Agent &a = m_agents[i];
        if (a.signedIn && !a.inCall && a.nextCallMs > now)
            callAt(i, now + qint64(double(a.nextCallMs - now) * old / factor));
    }
}

void Floor::pause(double minS, double maxS, std::function<void()> then)
{
    const double s = minS + (maxS - minS) * m_random.generateDouble();
    m_events.after(qint64(s * 1000 / m_compress), std::move(then));
}

void Floor::startCall(int agent)
{
    Agent &a = m_agents[agent];
    if (!a.signedIn || a.inCall || m_stopping)
        return;
    a.inCall = true;
    auto call = std::make_shared<Call>();
    call->agent = agent;
    call->startMs = m_events.now();
    call->startedAt = QDateTime::currentDateTimeUtc();
    call->phone = m_phones.at(m_nextPhone++ % m_phones.size());
    // The console's call id: a UUID per call (CallSession).
    call->callId = newKey();
    reportPresence(agent, true, call->startedAt);
    search(call);
}

void Floor::search(const std::shared_ptr<Call> &call)
{
    HttpRequest get {"GET", "/api/v1/accounts?q=" + QUrl::toPercentEncoding(call->phone), {}, {},
        {{"X-Call-Id", call->callId}}};
    request(call->agent, stepSearch, get, [this, call](const HttpResponse &r, bool) {
        if (!expect(stepSearch, r, 200))
            return endCall(call, false);
        const QJsonArray items = parse(r.body).value(QStringLiteral("items")).toArray();
        if (items.isEmpty()) {
            fail(stepSearch, QStringLiteral("no account for caller number %1").arg(call->phone));
            return endCall(call, false);
        }
        call->accountId = items.first()[QStringLiteral("id")].toInteger();
        pause(1, 3, [this, call] { openAccount(call); });
    });
}

void Floor::openAccount(const std::shared_ptr<Call> &call)
{
    // MainWindow::openAccount: the account, the first page of its log and its
    // history (complaints, earlier calls) at once, each an audited read.
    const QByteArray account = "/api/v1/accounts/" + QByteArray::number(call->accountId);
    const QByteArray id = QByteArray::number(call->accountId);
    struct Join
    {
        int pending = 4;
        bool failed = false;
    };
    auto join = std::make_shared<Join>();
    const auto done = [this, call, join](bool ok) {
        join->failed = join->failed || !ok;
        if (--join->pending > 0)
            return;
        if (join->failed)
            return endCall(call, false);
        // The agent scrolls once: the next page, when the log has one.
        if (!call->nextCursor.isEmpty()) {
            return pause(2, 5, [this, call] {
                readLog(call, call->nextCursor, [this, call](bool ok) {
                    if (!ok)
                        return endCall(call, false);
                    pause(2, 5, [this, call] { sendCode(call); });
                });
            });
        }
        pause(2, 5, [this, call] { sendCode(call); });
    };
    const Headers callHeader {{"X-Call-Id", call->callId}};
    request(call->agent, stepOpen, {"GET", account, {}, {}, callHeader},
        [this, done](const HttpResponse &r, bool) { done(expect(stepOpen, r, 200)); });
    readLog(call, {}, done);
    request(call->agent, stepHistoryComplaints,
        {"GET", "/api/v1/complaints?accountId=" + id + "&sort=created&limit=200", {}, {},
            callHeader},
        [this, done](const HttpResponse &r, bool) { done(expect(stepHistoryComplaints, r, 200)); });
    request(call->agent, stepHistoryCalls,
        {"GET", "/api/v1/calls?accountId=" + id + "&limit=100", {}, {}, callHeader},
        [this, done](const HttpResponse &r, bool) { done(expect(stepHistoryCalls, r, 200)); });
}

void Floor::readLog(
    const std::shared_ptr<Call> &call, const QByteArray &cursor, std::function<void(bool)> done)
{
    // TransactionFeed: pages of 100, newest first; the next page by its cursor.
    QByteArray target
        = "/api/v1/accounts/" + QByteArray::number(call->accountId) + "/transactions?limit=100";
    if (!cursor.isEmpty())
        target += "&cursor=" + QUrl::toPercentEncoding(QString::fromLatin1(cursor));
    const QString step = cursor.isEmpty() ? stepLog1 : stepLog2;
    request(call->agent, step, {"GET", target, {}, {}, {{"X-Call-Id", call->callId}}},
        [this, call, step, done](const HttpResponse &r, bool) {
            if (!expect(step, r, 200))
                return done(false);
            if (step != stepLog1)
                return done(true);
            const QJsonObject page = parse(r.body);
            for (const QJsonValue &t : page.value(QStringLiteral("items")).toArray()) {
                const qint64 id = t[QStringLiteral("id")].toInteger();
                if (!call->anyTransaction)
                    call->anyTransaction = id;
                if (!call->refundable
                    && t[QStringLiteral("type")].toString() == QLatin1String("payment")
                    && t[QStringLiteral("status")].toString() == QLatin1String("succeeded")
                    && t[QStringLiteral("refundState")].toString() == QLatin1String("none")
                    // One waiting for a supervisor would be "already pending"
                    // in a later run over the same store.
                    && t[QStringLiteral("amount")][QStringLiteral("fen")].toInteger()
                        <= m_refundLimitFen)
                    call->refundable = id;
            }
            call->nextCursor = page.value(QStringLiteral("nextCursor")).toString().toLatin1();
            done(true);
        });
}

void Floor::sendCode(const std::shared_ptr<Call> &call)
{
    call->smsMark = m_sms.poll();
    const QByteArray body = json({{QStringLiteral("callId"), QString::fromLatin1(call->callId)},
        {QStringLiteral("method"), QStringLiteral("sms")}});
    // As the console: a key per click, the same on every resend, so that a
    // resend after a lost answer gets the code already sent (not a second
    // SMS, nor 429 too_many_codes).
    request(call->agent, stepSendCode,
        {"POST", "/api/v1/accounts/" + QByteArray::number(call->accountId) + "/verifications", body,
            {}, {{"X-Call-Id", call->callId}, {"Idempotency-Key", newKey()}}},
        [this, call](const HttpResponse &r, bool) {
            if (!expect(stepSendCode, r, 201))
                return endCall(call, false);
            call->verificationId = parse(r.body).value(QStringLiteral("id")).toInteger();
            // The caller reads the code out from their phone.
            pause(5, 15, [this, call] { answerCode(call, 0); });
        });
}

void Floor::answerCode(const std::shared_ptr<Call> &call, int waitedMs)
{
    m_sms.poll();
    const QString code = m_sms.codeFor(call->phone, call->smsMark);
    if (code.isEmpty()) {
        // Another server's file may be written a moment later; not forever.
        if (waitedMs < 3000) {
            m_events.after(50, [this, call, waitedMs] { answerCode(call, waitedMs + 50); });
            return;
        }
        fail(stepAnswer, QStringLiteral("no code for the caller in the SMS log"));
        return endCall(call, false);
    }
    request(call->agent, stepAnswer,
        {"POST", "/api/v1/verifications/" + QByteArray::number(call->verificationId) + "/answer",
            json({{QStringLiteral("answer"), code}}), {}, {}},
        [this, call](const HttpResponse &r, bool retried) {
            // A retried answer whose first try got through: closed, as verified.
            const bool closedByOurRetry = retried && r.status == 409
                && parse(r.body).value(QStringLiteral("code")).toString()
                    == QLatin1String("verification_closed");
            if (!closedByOurRetry) {
                if (!expect(stepAnswer, r, 200))
                    return endCall(call, false);
                const QString status = parse(r.body).value(QStringLiteral("status")).toString();
                if (status != QLatin1String("verified")) {
                    fail(stepAnswer,
                        QStringLiteral("the code from the SMS log was not accepted (%1)")
                            .arg(status));
                    return endCall(call, false);
                }
            }
            pause(3, 8, [this, call] { accountAction(call); });
        });
}

void Floor::accountAction(const std::shared_ptr<Call> &call)
{
    // Half the callers want money back from a payment on the first page;
    // the others get their devices signed out (no state it depends on).
    const bool refund = call->refundable && m_random.bounded(2) == 0;
    const QString step = refund ? stepRefund : stepAction;
    QJsonObject draft {
        {QStringLiteral("type"),
            refund ? QStringLiteral("refund_request") : QStringLiteral("sign_out_devices")},
        {QStringLiteral("verificationId"), call->verificationId},
        {QStringLiteral("callId"), QString::fromLatin1(call->callId)},
        {QStringLiteral("reason"), QStringLiteral("客户本人来电，已核实 (floor_sim)")},
        {QStringLiteral("transactionId"), refund ? QJsonValue(call->refundable) : QJsonValue()},
        {QStringLiteral("resetTarget"), QJsonValue()}};
    // The same key on every resend: one whose first try was applied gets
    // that answer back, so a 409 refund_already_requested here is a failure.
    const QByteArray key = newKey();
    request(call->agent, step,
        {"POST", "/api/v1/accounts/" + QByteArray::number(call->accountId) + "/actions",
            json(draft), {}, {{"X-Call-Id", call->callId}, {"Idempotency-Key", key}}},
        [this, call, step, refund, key](const HttpResponse &r, bool) {
            if (!expect(step, r, 201))
                return endCall(call, false);
            acknowledge(refund ? "refund" : "action", key,
                parse(r.body).value(QStringLiteral("id")).toInteger());
            if (m_random.bounded(5) == 0)
                pause(10, 30, [this, call] { logComplaint(call); });
            else
                pause(5, 15, [this, call] { wrapUp(call); });
        });
}

void Floor::logComplaint(const std::shared_ptr<Call> &call)
{
    QJsonArray transactions;
    if (call->anyTransaction)
        transactions.append(call->anyTransaction);
    const QJsonObject draft {{QStringLiteral("channel"), QStringLiteral("hotline")},
        {QStringLiteral("categoryCode"),
            m_categories.isEmpty() ? QStringLiteral("refund_delay")
                                   : m_categories.at(m_random.bounded(int(m_categories.size())))},
        {QStringLiteral("severity"), QStringLiteral("medium")},
        {QStringLiteral("accountId"), call->accountId},
        {QStringLiteral("callId"), QString::fromLatin1(call->callId)},
        {QStringLiteral("transactionIds"), transactions},
        {QStringLiteral("description"),
            QStringLiteral("客户来电反映交易问题，已记录。(floor_sim)")},
        {QStringLiteral("customerRequest"), QStringLiteral("尽快处理")},
        {QStringLiteral("smsOptOut"), false},
        {QStringLiteral("noticeLanguage"), QStringLiteral("zh_CN")}};
    // The outbox's key: a UUID per entry, the same on every resend.
    const QByteArray key = newKey();
    request(call->agent, stepComplaint,
        {"POST", "/api/v1/complaints", json(draft), {}, {{"Idempotency-Key", key}}},
        [this, call, key](const HttpResponse &r, bool) {
            if (!expect(stepComplaint, r, 201))
                return endCall(call, false);
            call->complaintId = parse(r.body).value(QStringLiteral("id")).toInteger();
            acknowledge("complaint", key, call->complaintId);
            pause(5, 15, [this, call] { wrapUp(call); });
        });
}

void Floor::wrapUp(const std::shared_ptr<Call> &call)
{
    QJsonObject record {{QStringLiteral("callId"), QString::fromLatin1(call->callId)},
        {QStringLiteral("callerNumber"), QString(QStringLiteral("+86") + call->phone)},
        {QStringLiteral("accountId"), call->accountId},
        {QStringLiteral("startedAt"), call->startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("endedAt"), isoNow()},
        {QStringLiteral("wrapUpCode"),
            m_wrapUpCodes.isEmpty()
                ? QStringLiteral("resolved_first_call")
                : m_wrapUpCodes.at(m_random.bounded(int(m_wrapUpCodes.size())))},
        {QStringLiteral("notes"), QStringLiteral("已核实身份并处理。(floor_sim)")},
        {QStringLiteral("complaintId"),
            call->complaintId ? QJsonValue(call->complaintId) : QJsonValue()}};
    const QByteArray key = newKey();
    request(call->agent, stepCallRecord,
        {"POST", "/api/v1/calls", json(record), {}, {{"Idempotency-Key", key}}},
        [this, call, key](const HttpResponse &r, bool) {
            if (!expect(stepCallRecord, r, 201))
                return endCall(call, false);
            acknowledge("call", key, parse(r.body).value(QStringLiteral("id")).toInteger());
            endCall(call, true);
        });
}

void Floor::endCall(const std::shared_ptr<Call> &call, bool completed)
{
    Agent &a = m_agents[call->agent];
    a.inCall = false;
    if (completed) {
        ++a.calls;
        statsNow().callDone();
    }
    reportPresence(call->agent, false);
    scheduleNextCall(call->agent, call->startMs);
}

void Floor::acknowledge(const char *kind, const QByteArray &key, qint64 id)
{
    if (!m_acks.isOpen())
        return;
    m_acks.write(QByteArray(kind) + '\t' + key + '\t' + QByteArray::number(id) + '\n');
    m_acks.flush();
}

void Floor::sampleCpu()
{
    for (qint64 pid : std::as_const(m_options.serverPids)) {
        const double s = ProcessCpu::secondsOf(pid);
        if (s < 0)
            continue;
        if (!m_cpuFirst.contains(pid))
            m_cpuFirst.insert(pid, s);
        m_cpuLast.insert(pid, s);
    }
}

void Floor::beginWindow()
{
    sampleCpu();
    m_window = std::make_unique<StepStats>();
    m_windowStartMs = m_events.now();
    m_windowServerCpu = 0;
    for (double s : std::as_const(m_cpuLast))
        m_windowServerCpu += s;
    m_windowSimulatorCpu = ProcessCpu::secondsOf(0);
}

void Floor::endWindow(bool last)
{
    sampleCpu();
    const double seconds = (m_events.now() - m_windowStartMs) / 1000.0;
    double serverCpu = -m_windowServerCpu;
    for (double s : std::as_const(m_cpuLast))
        serverCpu += s;
    const double simulatorCpu = ProcessCpu::secondsOf(0) - m_windowSimulatorCpu;
    Step step;
    step.compress = m_compress;
    step.calls = m_window->calls();
    step.callsPerSecond = seconds > 0 ? step.calls / seconds : 0;
    step.worstP95Ms = m_window->worstP95Ms(&step.worstStep);
    step.errors = m_window->errors();
    step.json = windowJson(*m_window, seconds, serverCpu, simulatorCpu);
    m_steps.append(step);
    if (!m_options.findMax || last) {
        stop();
        return;
    }
    const bool good = step.errors == 0 && step.worstP95Ms <= m_options.goalP95Ms;
    if (!m_options.quiet)
        std::fprintf(stderr,
            "  step: compress %.2f  %.1f calls/s  worst p95 %.1f ms (%s)  errors %lld  -> %s\n",
            step.compress, step.callsPerSecond, step.worstP95Ms, qPrintable(step.worstStep),
            step.errors, good ? "good, faster" : "stop");
    if (!good) {
        stop();
        return;
    }
    setCompress(m_compress * m_options.stepFactor);
    // The first quarter of a step lets the new rate settle; the rest is
    // measured. What happens while it settles is counted nowhere.
    m_window = std::make_unique<StepStats>();
    m_settling = true;
    m_events.after(qint64(m_options.stepS * 250), [this] {
        m_settling = false;
        beginWindow();
        m_events.after(qint64(m_options.stepS * 750), [this] { endWindow(false); });
    });
}

QJsonObject Floor::windowJson(
    const StepStats &stats, double seconds, double serverCpu, double simulatorCpu) const
{
    QJsonObject steps;
    for (const QString &name : stats.steps()) {
        const StepStats::Summary s = stats.summary(name);
        steps.insert(name,
            QJsonObject {{QStringLiteral("count"), s.count}, {QStringLiteral("p50Ms"), s.p50Ms},
                {QStringLiteral("p95Ms"), s.p95Ms}, {QStringLiteral("p99Ms"), s.p99Ms},
                {QStringLiteral("maxMs"), s.maxMs}, {QStringLiteral("errors"), s.errors},
                {QStringLiteral("retries"), s.retries}});
    }
    const StepStats::Summary wait = stats.queueWait();
    int signedIn = 0;
    for (const Agent &a : m_agents)
        signedIn += a.signedIn ? 1 : 0;
    const double serverCores = seconds > 0 ? serverCpu / seconds : 0;
    QJsonObject o {{QStringLiteral("seconds"), seconds}, {QStringLiteral("compress"), m_compress},
        {QStringLiteral("calls"), stats.calls()},
        {QStringLiteral("callsPerSecond"), seconds > 0 ? stats.calls() / seconds : 0},
        {QStringLiteral("errors"), stats.errors()}, {QStringLiteral("retries"), stats.retries()},
        {QStringLiteral("signedInAgents"), signedIn}, {QStringLiteral("steps"), steps},
        {QStringLiteral("poolWaitP95Ms"), wait.p95Ms},
        {QStringLiteral("poolWaitP99Ms"), wait.p99Ms},
        {QStringLiteral("simulatorCores"), seconds > 0 ? simulatorCpu / seconds : 0}};
    if (!m_options.serverPids.isEmpty()) {
        o.insert(QStringLiteral("serverCores"), serverCores);
        if (signedIn > 0)
            o.insert(QStringLiteral("serverCpuPer1000Agents"), serverCores / (signedIn / 1000.0));
        if (serverCores > 0)
            o.insert(QStringLiteral("agentsPerCore"), signedIn / serverCores);
    }
    QJsonObject errors;
    for (auto it = stats.errorSamples().cbegin(); it != stats.errorSamples().cend(); ++it)
        errors.insert(it.key(), it.value());
    o.insert(QStringLiteral("errorSamples"), errors);
    return o;
}

void Floor::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_events.clear();
    report();
}

void Floor::report()
{
    const QString loadAtEnd = loadAverage();
    const Step last = m_steps.isEmpty() ? Step {} : m_steps.last();
    const QJsonObject window = last.json;
    int signedIn = 0, failed = 0;
    for (const Agent &a : std::as_const(m_agents)) {
        signedIn += a.signedIn ? 1 : 0;
        failed += a.failed ? 1 : 0;
    }
    const qint64 errors = m_rampStats.errors()
        + (m_options.findMax ? 0 : window.value(QStringLiteral("errors")).toInteger());
    QString worstStep;
    double worstP95 = 0;
    const QJsonObject steps = window.value(QStringLiteral("steps")).toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        const double p95 = it.value().toObject().value(QStringLiteral("p95Ms")).toDouble();
        if (p95 > worstP95) {
            worstP95 = p95;
            worstStep = it.key();
        }
    }
    const StepStats::Summary signIn = m_rampStats.summary(stepSignIn);

    QString out;
    const auto line = [&](const QString &s) { out += s + QLatin1Char('\n'); };
    line(QStringLiteral("floor_sim: %1 agents, %2 signed in (%3 could not), %4 connections to %5")
             .arg(m_options.agents)
             .arg(signedIn)
             .arg(failed)
             .arg(m_options.connections)
             .arg(m_options.url.toString()));
    line(
        QStringLiteral("sign-in during the %1 s ramp: %2 sign-ins, p50 %3 ms, p95 %4 ms, p99 %5 ms")
            .arg(m_options.rampS)
            .arg(signIn.count)
            .arg(signIn.p50Ms, 0, 'f', 1)
            .arg(signIn.p95Ms, 0, 'f', 1)
            .arg(signIn.p99Ms, 0, 'f', 1));
    if (m_options.pollEveryS <= 0)
        line(
            QStringLiteral("NOT AS THE CONSOLE: the changes feed was not polled (--poll-every 0)"));
    line(QStringLiteral("measured %1 s, from %2 s after the ramp, a call every %3 s per agent / "
                        "compress %4")
             .arg(window.value(QStringLiteral("seconds")).toDouble(), 0, 'f', 0)
             .arg(m_options.settleS)
             .arg(m_options.callEveryS)
             .arg(last.compress));
    line(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
             .arg(QStringLiteral("step"), -26)
             .arg(QStringLiteral("count"), 8)
             .arg(QStringLiteral("p50 ms"), 8)
             .arg(QStringLiteral("p95 ms"), 8)
             .arg(QStringLiteral("p99 ms"), 8)
             .arg(QStringLiteral("errors"), 7)
             .arg(QStringLiteral("retries"), 8));
    QStringList names = stepOrder;
    for (auto it = steps.begin(); it != steps.end(); ++it)
        if (!names.contains(it.key()))
            names.append(it.key());
    for (const QString &name : std::as_const(names)) {
        if (!steps.contains(name))
            continue;
        const QJsonObject s = steps.value(name).toObject();
        line(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                 .arg(name, -26)
                 .arg(s.value(QStringLiteral("count")).toInteger(), 8)
                 .arg(s.value(QStringLiteral("p50Ms")).toDouble(), 8, 'f', 1)
                 .arg(s.value(QStringLiteral("p95Ms")).toDouble(), 8, 'f', 1)
                 .arg(s.value(QStringLiteral("p99Ms")).toDouble(), 8, 'f', 1)
                 .arg(s.value(QStringLiteral("errors")).toInteger(), 7)
                 .arg(s.value(QStringLiteral("retries")).toInteger(), 8));
    }
    line(QStringLiteral("calls completed %1 (%2 calls/s); errors %3 (during the ramp %4); "
                        "retries %5; connection failures %6")
             .arg(window.value(QStringLiteral("calls")).toInteger())
             .arg(window.value(QStringLiteral("callsPerSecond")).toDouble(), 0, 'f', 2)
             .arg(errors)
             .arg(m_rampStats.errors())
             .arg(window.value(QStringLiteral("retries")).toInteger() + m_rampStats.retries())
             .arg(m_connectionFailures));
    line(QStringLiteral("waiting for a pooled connection: p95 %1 ms, p99 %2 ms (not in the "
                        "latencies above)")
             .arg(window.value(QStringLiteral("poolWaitP95Ms")).toDouble(), 0, 'f', 1)
             .arg(window.value(QStringLiteral("poolWaitP99Ms")).toDouble(), 0, 'f', 1));
    // Agents per core means something only while the server keeps up.
    const double offered = signedIn * last.compress / m_options.callEveryS;
    const bool behind = window.value(QStringLiteral("poolWaitP95Ms")).toDouble() > 1000
        || (!m_options.findMax && offered > 0
            && window.value(QStringLiteral("callsPerSecond")).toDouble() < 0.8 * offered);
    if (behind)
        line(QStringLiteral("the server fell behind (%1 calls/s offered): the CPU figures below "
                            "are not a capacity")
                 .arg(offered, 0, 'f', 1));
    if (window.contains(QStringLiteral("serverCores")))
        line(QStringLiteral("server CPU: %1 cores for %2 agents = %3 cores per 1,000 agents; "
                            "%4 agents per core")
                 .arg(window.value(QStringLiteral("serverCores")).toDouble(), 0, 'f', 3)
                 .arg(signedIn)
                 .arg(window.value(QStringLiteral("serverCpuPer1000Agents")).toDouble(), 0, 'f', 3)
                 .arg(window.value(QStringLiteral("agentsPerCore")).toDouble(), 0, 'f', 0));
    line(QStringLiteral("simulator CPU: %1 cores; load average at start %2, at end %3")
             .arg(window.value(QStringLiteral("simulatorCores")).toDouble(), 0, 'f', 3)
             .arg(m_loadAtStart, loadAtEnd));
    for (auto it = m_rampStats.errorSamples().cbegin(); it != m_rampStats.errorSamples().cend();
         ++it)
        line(QStringLiteral("  error (ramp) x%1: %2").arg(it.value()).arg(it.key()));
    const QJsonObject samples = window.value(QStringLiteral("errorSamples")).toObject();
    for (auto it = samples.begin(); it != samples.end(); ++it)
        line(QStringLiteral("  error x%1: %2").arg(it.value().toInteger()).arg(it.key()));

    // A request that waited seconds for a connection was late for its agent
    // whatever the server's latency: a floor that fell behind is not carried.
    bool goal = errors == 0 && worstP95 <= m_options.goalP95Ms && failed == 0 && !behind;
    double lastGood = -1;
    if (m_options.findMax) {
        line(QStringLiteral("step-up (compress x%1 every %2 s, the last 3/4 of each measured):")
                 .arg(m_options.stepFactor)
                 .arg(m_options.stepS));
        for (const Step &s : std::as_const(m_steps)) {
            const bool good = s.errors == 0 && s.worstP95Ms <= m_options.goalP95Ms;
            line(QStringLiteral("  compress %1: %2 calls/s, worst p95 %3 ms (%4), errors %5: %6")
                     .arg(s.compress, 0, 'f', 2)
                     .arg(s.callsPerSecond, 0, 'f', 1)
                     .arg(s.worstP95Ms, 0, 'f', 1)
                     .arg(s.worstStep)
                     .arg(s.errors)
                     .arg(good ? QStringLiteral("good") : QStringLiteral("over")));
            if (good)
                lastGood = qMax(lastGood, s.callsPerSecond);
        }
        if (lastGood >= 0)
            line(QStringLiteral("compressed-mode maximum: %1 calls/s with every step's p95 <= "
                                "%2 ms and no errors")
                     .arg(lastGood, 0, 'f', 1)
                     .arg(m_options.goalP95Ms));
        else
            line(QStringLiteral("compressed-mode maximum: not reached; the first step was over"));
        goal = lastGood >= 0 && m_rampStats.errors() == 0 && failed == 0;
    } else {
        line(QStringLiteral("sustained: %1 agents; goal (no errors, every step's p95 <= %2 ms): "
                            "%3%4")
                 .arg(goal ? signedIn : 0)
                 .arg(m_options.goalP95Ms)
                 .arg(goal ? QStringLiteral("met") : QStringLiteral("MISSED"))
                 .arg(goal ? QString()
                           : QStringLiteral(" (worst p95 %1 ms, %2; %3 errors%4)")
                                 .arg(worstP95, 0, 'f', 1)
                                 .arg(worstStep)
                                 .arg(errors)
                                 .arg(behind ? QStringLiteral("; fell behind") : QString())));
    }
    std::fputs(out.toUtf8().constData(), stdout);
    std::fflush(stdout);

    if (!m_options.jsonFile.isEmpty()) {
        QJsonArray stepsJson;
        for (const Step &s : std::as_const(m_steps))
            stepsJson.append(s.json);
        QJsonObject all {{QStringLiteral("agents"), m_options.agents},
            {QStringLiteral("signedIn"), signedIn}, {QStringLiteral("signInFailed"), failed},
            {QStringLiteral("connections"), m_options.connections},
            {QStringLiteral("url"), m_options.url.toString()},
            {QStringLiteral("rampSeconds"), m_options.rampS},
            {QStringLiteral("settleSeconds"), m_options.settleS},
            {QStringLiteral("callEverySeconds"), m_options.callEveryS},
            {QStringLiteral("pollEverySeconds"), m_options.pollEveryS},
            {QStringLiteral("compress"), m_options.compress},
            {QStringLiteral("signInP95Ms"), signIn.p95Ms},
            {QStringLiteral("rampErrors"), m_rampStats.errors()},
            {QStringLiteral("errors"), errors}, {QStringLiteral("worstP95Ms"), worstP95},
            {QStringLiteral("worstStep"), worstStep},
            {QStringLiteral("sustainedAgents"), goal && !m_options.findMax ? signedIn : 0},
            {QStringLiteral("goalMet"), goal}, {QStringLiteral("loadAtStart"), m_loadAtStart},
            {QStringLiteral("loadAtEnd"), loadAtEnd},
            {QStringLiteral("connectionFailures"), m_connectionFailures},
            {QStringLiteral("serverFellBehind"), behind},
            {m_options.findMax ? QStringLiteral("steps") : QStringLiteral("window"),
                m_options.findMax ? QJsonValue(stepsJson) : QJsonValue(window)}};
        if (m_options.findMax)
            all.insert(QStringLiteral("maxCallsPerSecond"), lastGood);
        QFile file(m_options.jsonFile);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QJsonDocument(all).toJson());
        else
            std::fprintf(stderr, "floor_sim: cannot write --json %s: %s\n",
                qPrintable(m_options.jsonFile), qPrintable(file.errorString()));
    }
    Q_EMIT finished(goal ? 0 : 1);
}

} // namespace FloorSim
