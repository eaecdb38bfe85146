"""What the facilitator is told to say when the room's link is new (`room_waiting.reopened`,
`room_open.port_taken`): a room trial on this computer only was told to show people a QR code
the panel says it has none of, and nothing said that a page left on the old link carries its
words only through its own box, never the browser's address bar."""

from __future__ import annotations

from reflect.ui.screens.room_open import port_taken
from reflect.ui.screens.room_waiting import CARRY_TOLD, reopened

OLD = "http://127.0.0.1:40001/r/InventedTokenForATrialRoom-0123_9"
NEW = "http://127.0.0.1:40002/r/InventedTokenForATrialRoom-0123_9"


def test_a_new_link_names_a_qr_code_only_where_there_is_one_and_says_where_to_type_it():
    here = reopened(OLD, NEW, 40001, qr=False)
    assert "QR" not in here and "show people the new link, or the address" in here
    assert "port 40001 was taken" in here
    network = reopened(OLD.replace("127.0.0.1", "192.0.2.10"),
                       NEW.replace("127.0.0.1", "192.0.2.10"), 40001)
    assert "the new link or QR code" in network
    for said in (here, network):
        assert said.endswith(CARRY_TOLD) and "not in the browser's address bar" in said
    # The same link: nothing to carry, nothing said of it.
    assert CARRY_TOLD not in reopened(OLD, OLD, None, qr=False)


def test_a_port_taken_names_a_qr_code_only_off_this_computer():
    assert "show people the link on the shared screen" in port_taken(8412, "127.0.0.1")
    assert "QR" not in port_taken(8412, "::1")
    assert "show people the QR code or the link on" in port_taken(8412, "192.0.2.10")
    assert ":8412" in port_taken(8412, "192.0.2.10")
