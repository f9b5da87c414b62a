#include "CallerActions.h"

#include "ApiClient.h"
#include "SyncEngine.h"

#include <QJsonDocument>
#include <QUuid>

namespace WalletDesk {

CallerActions::CallerActions(ApiClient *api, const SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_sync(sync)
{
}

QString CallerActions::unavailableReason() const
{
    if (m_sync->state() == SyncEngine::State::Offline)
        return tr("Not available offline: verification and account actions need the server. "
                  "WalletDesk keeps trying to reconnect.");
    return {};
}

namespace {

// One per click. A request whose answer was lost is sent again with the
// same key (by Qt's network stack when the connection closed under it, by
// ApiJob after a timeout or a 5xx), and the server gives that resend the
// first answer: one SMS, one refund request, not a 429 or a 409.
QByteArray newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

template<typename T>
void CallerActions::call(const QString &path, const QJsonObject &body, const QString &callId,
    const QByteArray &idempotencyKey, Done<T> done)
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty()) {
        done(std::nullopt, reason);
        return;
    }
    ApiJob::Spec spec {"POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
    if (!callId.isEmpty())
        spec.headers.insert("X-Call-Id", callId.toLatin1());
    if (!idempotencyKey.isEmpty())
        spec.headers.insert("Idempotency-Key", idempotencyKey);
    m_api->send(spec, this, [done](const ApiResult &result) {
        if (!result.ok()) {
            QString message = result.message;
            if (result.error.code == QLatin1String("verification_required"))
                message = tr("Verify the caller first: %1").arg(result.error.message);
            done(std::nullopt, message);
            return;
        }
        CodecError error;
        auto value = decode<T>(result.json, &error);
        done(value,
            value ? QString()
                  : tr("The server's answer cannot be read (%1).").arg(error.toString()));
    });
}

void CallerActions::startVerification(qint64 accountId, const QString &callId,
    VerificationMethod method, Done<CallerVerification> done)
{
    call<CallerVerification>(QStringLiteral("/api/v1/accounts/%1/verifications").arg(accountId),
        {{QStringLiteral("callId"), callId}, {QStringLiteral("method"), enumToString(method)}},
        callId, newIdempotencyKey(), std::move(done));
}

void CallerActions::answerVerification(
    qint64 verificationId, const QString &answer, Done<CallerVerification> done)
{
    call<CallerVerification>(QStringLiteral("/api/v1/verifications/%1/answer").arg(verificationId),
        {{QStringLiteral("answer"), answer}}, {}, {}, std::move(done));
}

void CallerActions::request(qint64 accountId, const ActionDraft &draft, Done<ActionRequest> done)
{
    call<ActionRequest>(QStringLiteral("/api/v1/accounts/%1/actions").arg(accountId),
        draft.toJson(), draft.callId, newIdempotencyKey(), std::move(done));
}

} // namespace WalletDesk
