#pragma once

#include "ActionRequest.h"
#include "CallerVerification.h"

#include <QObject>

#include <functional>

namespace WalletDesk {

class ApiClient;
class SyncEngine;

// Caller verification and account actions. Online only: they are never
// queued, and while the server cannot be reached they fail at once with a
// reason the agent can read.
class CallerActions : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(const std::optional<T> &value, const QString &error)>;

    CallerActions(ApiClient *api, const SyncEngine *sync, QObject *parent = nullptr);

    // Empty when the action can be tried now, else why not.
    QString unavailableReason() const;

    void startVerification(qint64 accountId, const QString &callId, VerificationMethod method,
        Done<CallerVerification> done);
    void answerVerification(
        qint64 verificationId, const QString &answer, Done<CallerVerification> done);
    void request(qint64 accountId, const ActionDraft &draft, Done<ActionRequest> done);

private:
    // With an Idempotency-Key (empty: none), ApiJob may resend the request.
    template<typename T>
    void call(const QString &path, const QJsonObject &body, const QString &callId,
        const QByteArray &idempotencyKey, Done<T> done);

    ApiClient *m_api;
    const SyncEngine *m_sync;
};

} // namespace WalletDesk
