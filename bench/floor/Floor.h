#pragma once

#include "EventQueue.h"
#include "FloorOptions.h"
#include "HttpTransport.h"
#include "SmsSink.h"
#include "StepStats.h"

#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>

#include <memory>

namespace FloorSim {

// N simulated agents working calls as the console does (app/: AccountService,
// TransactionFeed, CallerActions, CallSession, SyncEngine, PresenceReporter),
// over one pool of connections, on one event loop.
class Floor : public QObject
{
    Q_OBJECT

public:
    explicit Floor(FloorOptions options, QObject *parent = nullptr);
    ~Floor() override;

    // Reads the CA, the phone numbers and the SMS logs; false with *error.
    bool prepare(QString *error);
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Agent
    {
        QByteArray username;
        QByteArray token;
        QByteArray refreshToken;
        QByteArray changesCursor = "0";
        bool signedIn = false;
        bool failed = false; // could not sign in: not one of the sustained
        bool inCall = false;
        int callGeneration = 0; // a scheduled next call of an older generation is void
        qint64 nextCallMs = -1;
        int calls = 0;
    };
    struct Call;
    using Reply = std::function<void(const HttpResponse &response, bool retried)>;

    // One request of an agent, retried as the contract says (connection
    // failures, timeouts, 502/503/504: same key and body, with backoff).
    void request(int agent, const QString &step, HttpRequest http, Reply reply, int attempt = 1,
        bool retried = false);
    void refreshThenResend(int agent, const QString &step, HttpRequest http, Reply reply,
        int attempt, bool retried, const HttpResponse &expired);
    // An unexpected answer: counted, and false so the caller stops its flow.
    bool expect(const QString &step, const HttpResponse &response, int status1, int status2 = -1);
    void fail(const QString &step, const QString &what);
    StepStats &statsNow();

    void signIn(int agent);
    void fetchReference(int agent);
    void pollChanges(int agent);
    void heartbeat(int agent);
    void reportPresence(int agent, bool onCall, const QDateTime &since = {});
    void startCall(int agent);
    void search(const std::shared_ptr<Call> &call);
    void openAccount(const std::shared_ptr<Call> &call);
    void readLog(const std::shared_ptr<Call> &call, const QByteArray &cursor,
        std::function<void(bool ok)> done);
    void sendCode(const std::shared_ptr<Call> &call);
    void answerCode(const std::shared_ptr<Call> &call, int waitedMs);
    void accountAction(const std::shared_ptr<Call> &call);
    void logComplaint(const std::shared_ptr<Call> &call);
    void wrapUp(const std::shared_ptr<Call> &call);
    void endCall(const std::shared_ptr<Call> &call, bool completed);
    // A pause of the agent or caller inside a call, shortened by --compress.
    void pause(double minS, double maxS, std::function<void()> then);
    void scheduleNextCall(int agent, qint64 previousStartMs);
    void callAt(int agent, qint64 dueMs);
    // --find-max: a new compression; waiting agents move their next call.
    void setCompress(double factor);
    void acknowledge(const char *kind, const QByteArray &key, qint64 id);

    void beginWindow();
    void endWindow(bool last);
    void stop();
    void sampleCpu();
    void cpuTick();
    void progressTick();
    void report();
    QJsonObject windowJson(
        const StepStats &stats, double seconds, double serverCpu, double simulatorCpu) const;
    double compressNow() const { return m_compress; }
    QByteArray newKey();

    FloorOptions m_options;
    std::unique_ptr<HttpTransport> m_pool;
    EventQueue m_events;
    SmsSink m_sms;
    QFile m_acks;
    QRandomGenerator m_random;
    QList<Agent> m_agents;
    QStringList m_phones;
    qsizetype m_nextPhone = 0;
    QStringList m_categories;
    QStringList m_wrapUpCodes;
    QByteArray m_referenceEtag;
    double m_compress = 1;
    qint64 m_refundLimitFen = 50'000; // above it a refund waits for a supervisor

    // Measuring: the ramp apart, then one window (or one per step with --find-max).
    StepStats m_rampStats;
    std::unique_ptr<StepStats> m_window;
    qint64 m_measureFromMs = 0;
    qint64 m_windowStartMs = 0;
    double m_windowServerCpu = 0;
    double m_windowSimulatorCpu = 0;
    QHash<qint64, double> m_cpuFirst, m_cpuLast; // per server pid, last value seen
    struct Step
    {
        double compress;
        double callsPerSecond;
        double worstP95Ms;
        QString worstStep;
        qint64 errors;
        qint64 calls;
        QJsonObject json;
    };
    QList<Step> m_steps;
    bool m_stopping = false;
    bool m_settling = false; // --find-max: the first part of a step, not measured
    int m_inFlight = 0;
    qint64 m_connectionFailures = 0;
    QString m_loadAtStart;
};

} // namespace FloorSim
