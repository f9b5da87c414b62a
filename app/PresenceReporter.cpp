#include "PresenceReporter.h"

#include "ApiClient.h"
#include "CallSession.h"
#include "Presence.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPresence, "walletdesk.presence")

namespace WalletDesk {

PresenceReporter::PresenceReporter(ApiClient *api, CallSession *call, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_call(call)
{
    // Well inside Presence::staleAfterSeconds: one lost heartbeat does not
    // make the agent look away.
    m_heartbeat.setInterval(60'000);
    connect(&m_heartbeat, &QTimer::timeout, this, &PresenceReporter::report);
    connect(m_call, &CallSession::liveChanged, this, [this] {
        if (m_running)
            report();
    });
}

void PresenceReporter::start()
{
    m_running = true;
    m_heartbeat.start();
    report();
}

void PresenceReporter::stop()
{
    m_running = false;
    m_heartbeat.stop();
}

void PresenceReporter::report()
{
    if (m_sending) {
        m_again = true; // the state changed while a report was out: send the newest after it
        return;
    }
    Presence::Report state;
    state.onCall = m_call->isActive();
    if (state.onCall)
        state.callStartedAt = m_call->startedAt().toUTC();
    m_sending = true;
    m_api->send({"PUT", QStringLiteral("/api/v1/presence"),
                    QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact), {}},
        this, [this, onCall = state.onCall](const ApiResult &result) {
            m_sending = false;
            if (result.ok())
                Q_EMIT reported(onCall);
            else
                qCInfo(lcPresence).noquote() << "presence not reported:" << result.message;
            if (std::exchange(m_again, false) && m_running)
                report();
        });
}

} // namespace WalletDesk
