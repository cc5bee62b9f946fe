#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <memory>

/**
 * A TCP relay between FactDesk and the PostgreSQL test server that cuts the
 * line at the moment a test chooses: when the client sends a message holding
 * a given text (a statement: "COMMIT", "INSERT INTO audit_log"), either
 * before that message reaches the server (the server sees the client vanish
 * mid-transaction) or just after (the server runs it, its answer is lost).
 * That is what a network cut or a crashed router looks like, at the exact
 * point a test needs. Connect to 127.0.0.1:port() instead of the server.
 *
 * The relay runs in a thread of its own: the client under test blocks in its
 * query while the relay passes the bytes on.
 */
class CuttingProxy
{
public:
    enum class Cut
    {
        BeforeServer, ///< the message is dropped: the server never sees it
        AfterServer, ///< the message reaches the server; its answer never comes back
    };

    CuttingProxy(const QString &serverHost, quint16 serverPort)
        : m_serverHost(serverHost)
        , m_serverPort(serverPort)
    {
        m_thread.start();
        m_relay = new Relay(this);
        m_relay->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_relay, [this]() { m_relay->listen(); }, Qt::BlockingQueuedConnection);
    }

    ~CuttingProxy()
    {
        QMetaObject::invokeMethod(
            m_relay, [this]() { delete m_relay; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    CuttingProxy(const CuttingProxy &) = delete;
    CuttingProxy &operator=(const CuttingProxy &) = delete;

    quint16 port() const { return m_port; }

    /// The next message from a client that holds text cuts that client's line (once).
    void cutWhenClientSends(const QByteArray &text, Cut when)
    {
        QMutexLocker locker(&m_mutex);
        m_trigger = text;
        m_when = when;
        m_cuts = 0;
    }

    /// How many lines were cut since the last cutWhenClientSends().
    int cuts() const { return m_cuts.load(); }

private:
    /// Lives in the relay thread: the listening socket and every pair of relayed sockets.
    class Relay : public QObject
    {
    public:
        explicit Relay(CuttingProxy *proxy)
            : m_proxy(proxy)
        { }

        void listen()
        {
            m_server = new QTcpServer(this);
            QObject::connect(m_server, &QTcpServer::newConnection, this, [this]() { accept(); });
            m_server->listen(QHostAddress::LocalHost, 0);
            m_proxy->m_port = m_server->serverPort();
        }

    private:
        void accept()
        {
            while (QTcpSocket *client = m_server->nextPendingConnection()) {
                auto *server = new QTcpSocket(this);
                client->setParent(this);
                auto tail = std::make_shared<QByteArray>();
                QObject::connect(client, &QTcpSocket::readyRead, this, [this, client, server, tail]() {
                    const QByteArray data = client->readAll();
                    const QByteArray seen = *tail + data;
                    QMutexLocker locker(&m_proxy->m_mutex);
                    const QByteArray &trigger = m_proxy->m_trigger;
                    if (!trigger.isEmpty() && seen.contains(trigger)) {
                        const Cut when = m_proxy->m_when;
                        m_proxy->m_trigger.clear();
                        ++m_proxy->m_cuts;
                        locker.unlock();
                        if (when == Cut::AfterServer) {
                            server->write(data);
                            server->flush();
                            server->disconnectFromHost(); // after the bytes: the server runs the message
                        } else {
                            server->abort();
                        }
                        client->abort();
                        return;
                    }
                    locker.unlock();
                    *tail = seen.right(std::max(0, int(trigger.size()) - 1));
                    server->write(data);
                });
                QObject::connect(server, &QTcpSocket::readyRead, this,
                    [client, server]() { client->write(server->readAll()); });
                QObject::connect(client, &QTcpSocket::disconnected, server, [server]() {
                    if (server->state() == QAbstractSocket::ConnectedState)
                        server->disconnectFromHost();
                });
                QObject::connect(server, &QTcpSocket::disconnected, client, [client]() {
                    if (client->state() == QAbstractSocket::ConnectedState)
                        client->disconnectFromHost();
                });
                server->connectToHost(m_proxy->m_serverHost, m_proxy->m_serverPort);
            }
        }

        CuttingProxy *m_proxy;
        QTcpServer *m_server = nullptr;
    };

    QString m_serverHost;
    quint16 m_serverPort;
    std::atomic<quint16> m_port { 0 };
    QThread m_thread;
    Relay *m_relay = nullptr;
    QMutex m_mutex;
    QByteArray m_trigger;
    Cut m_when = Cut::BeforeServer;
    std::atomic<int> m_cuts { 0 };
};
