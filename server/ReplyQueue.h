#pragma once

#include "AuditJournal.h"
#include "Reply.h"

#include <QHttpServerResponder>
#include <QObject>

#include <deque>
#include <memory>
#include <unordered_map>

class QTcpSocket;

namespace WalletDesk::Server {

// Writes each connection's replies in the order of its requests. A reply
// whose request queued audit rows (AuditJournal) is held back until they are
// committed, and so is every later reply on the same connection: a client
// that pipelines still gets its answers in order, and the thread serves
// other connections meanwhile. If the rows could not be committed the held
// reply becomes a 500, as if the request had failed (nothing unaudited is
// served). One per server thread; lives in that thread.
class ReplyQueue : public QObject
{
public:
    explicit ReplyQueue(QObject *parent = nullptr);
    ~ReplyQueue() override;

    void send(QTcpSocket *socket, QHttpServerResponder responder, Reply reply,
        std::shared_ptr<AuditJournal::Ticket> ticket);

private:
    static void write(QHttpServerResponder &responder, const Reply &reply);
    // Lets the journal's thread post to this object for as long as it lives.
    struct Mailbox
    {
        std::mutex mutex;
        ReplyQueue *target = nullptr;
    };
    struct Held
    {
        QHttpServerResponder responder;
        Reply reply;
        std::shared_ptr<AuditJournal::Ticket> ticket;
    };
    struct Connection
    {
        std::deque<Held> held;
        QMetaObject::Connection destroyed;
    };

    void flush(QTcpSocket *socket);
    static bool ready(const Held &held);
    static void writeHeld(Held &held);

    std::shared_ptr<Mailbox> m_mailbox = std::make_shared<Mailbox>();
    std::unordered_map<QTcpSocket *, Connection> m_connections;
};

} // namespace WalletDesk::Server
