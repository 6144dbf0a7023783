"""The automatic links between messages (supersession, amendment, hold) made again from what
the store holds, for every message that shares a sender with the ones just read: the
store's rows in, `links.compute` over them, the links saved."""

from __future__ import annotations

from collections.abc import Iterable

from wgsubmit import links
from wgsubmit.store import Store


def link(store: Store, ids: Iterable[int], senders: links.SenderIndex | None = None) -> None:
    """Make again the automatic links (supersession, amendment, hold) of every message that
    shares a sender address or name with these ones, from what is stored, in received
    order: a message read before the one it follows up is linked when that one comes.
    A run passes its index of the stored senders, brought up to date with these."""
    touched = set(ids)
    if not touched:
        return
    if senders is None:
        senders = links.SenderIndex(store.senders())
    else:
        senders.update(store.senders(touched))
    members = senders.scope(touched)
    store.save_links(members, links.compute(store.link_rows(members), _same_document(store)))


def _same_document(store: Store) -> links.SameDocument:
    """Whether a message's main document (its longest text) is mostly the text of one of an
    earlier message's documents."""
    from wgsubmit.detect.resubmission import SAME_DOCUMENT, similarity

    texts: dict[int, list[str]] = {}

    def read(message_id: int) -> list[str]:
        if message_id not in texts:
            texts[message_id] = store.document_texts(message_id)
        return texts[message_id]

    def same(later: int, earlier: int) -> bool:
        mine = read(later)
        if not mine:
            return False
        main = max(mine, key=len)
        return any(similarity(main, other) >= SAME_DOCUMENT for other in read(earlier))

    return same
