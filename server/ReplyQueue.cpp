#include "ReplyQueue.h"

#include "Router.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcReplies, "walletdesk.server.replies")

namespace WalletDesk::Server {

ReplyQueue::ReplyQueue(QObject *parent)
    : QObject(parent)
{
    m_mailbox->target = this;
}

ReplyQueue::~ReplyQueue()
{
    // After this no post can reach us; Qt drops the ones already queued.
    std::lock_guard lock(m_mailbox->mutex);
    m_mailbox->target = nullptr;
}

void ReplyQueue::send(QTcpSocket *socket, QHttpServerResponder responder, Reply reply,
    std::shared_ptr<AuditJournal::Ticket> ticket)
{
    if (ticket) {
        // The socket is only a key here: a socket destroyed meanwhile has
        // left m_connections, and flush() finds nothing.
        // Already done: no call comes, and ready() sees it below.
        ticket->notifyWhenDone([mailbox = m_mailbox, socket] {
            std::lock_guard lock(mailbox->mutex);
            if (ReplyQueue *queue = mailbox->target)
                QMetaObject::invokeMethod(
                    queue, [queue, socket] { queue->flush(socket); }, Qt::QueuedConnection);
        });
    }
    Held held {std::move(responder), std::move(reply), std::move(ticket)};
    const auto it = m_connections.find(socket);
    if (it == m_connections.end() && ready(held)) {
        writeHeld(held);
        return;
    }
    Connection &connection = m_connections[socket];
    if (!connection.destroyed)
        connection.destroyed = connect(
            socket, &QObject::destroyed, this, [this, socket] { m_connections.erase(socket); });
    connection.held.push_back(std::move(held));
    flush(socket);
}

bool ReplyQueue::ready(const Held &held)
{
    return !held.ticket || held.ticket->done();
}

void ReplyQueue::writeHeld(Held &held)
{
    if (held.ticket && !held.ticket->error().isEmpty()) {
        qCWarning(lcReplies) << "audit rows not committed; the reply becomes a 500:"
                             << held.ticket->error();
        held.reply = errorReply(HttpError(500, QStringLiteral("storage_error"),
            QStringLiteral("the server could not read or write its store")));
    }
    write(held.responder, held.reply);
}

void ReplyQueue::flush(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    std::deque<Held> &held = it->second.held;
    while (!held.empty() && ready(held.front())) {
        if (socket->isOpen())
            writeHeld(held.front());
        held.pop_front();
    }
    if (held.empty()) {
        disconnect(it->second.destroyed);
        m_connections.erase(it);
    }
}

void ReplyQueue::write(QHttpServerResponder &responder, const Reply &reply)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (!reply.body.isEmpty() || reply.status != 204)
        responder.writeHeader("Content-Type", "application/json; charset=utf-8");
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("Strict-Transport-Security", "max-age=31536000"); // HTTPS only, always
    responder.writeBody(reply.body);
}

} // namespace WalletDesk::Server
