#pragma once

#include <QObject>
#include <QTimer>

namespace WalletDesk {

class ApiClient;
class CallSession;

// Tells the server whether this console's agent is on a call (and since
// when) so that a supervisor's wallboard shows calls in progress: at once
// when the live call changes (a start, a switch, a hold, a wrap-up), and
// again every heartbeat so that the server knows the console is still
// there; without heartbeats the agent counts as away within minutes
// (Presence::staleAfterSeconds). The server clears the presence at sign-out.
// A report that fails is not retried: the next change or heartbeat says
// what is true by then.
class PresenceReporter : public QObject
{
    Q_OBJECT

public:
    PresenceReporter(ApiClient *api, CallSession *call, QObject *parent = nullptr);

    void start();
    void stop();
    void setHeartbeatInterval(int ms) { m_heartbeat.setInterval(ms); }

Q_SIGNALS:
    // The server has the agent's state as of now (for tests and logs).
    void reported(bool onCall);

private:
    void report();

    ApiClient *m_api;
    CallSession *m_call;
    QTimer m_heartbeat;
    bool m_running = false;
    bool m_sending = false;
    bool m_again = false;
};

} // namespace WalletDesk
