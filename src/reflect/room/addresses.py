"""This machine's own addresses a room can listen on, read from the network interfaces by
ifaddr (no network traffic). Never the "all addresses" wildcards."""

from __future__ import annotations

import ipaddress

import ifaddr

LOCAL = ("This computer only", "127.0.0.1")


def address_choices() -> list[tuple[str, str]]:
    """(label, host) pairs to offer: first ("This computer only", "127.0.0.1"), then each of this
    machine's non-loopback IPv4 and IPv6 addresses, e.g. ("Network: 192.168.1.20 (eth0)",
    "192.168.1.20"). Link-local addresses (169.254.x.x, fe80::) are left out: phones on the
    same network cannot reliably reach them."""
    choices = [LOCAL]
    seen = {LOCAL[1]}
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            host = ip.ip if isinstance(ip.ip, str) else ip.ip[0]
            try:
                address = ipaddress.ip_address(host)
            except ValueError:
                continue
            if (address.is_loopback or address.is_link_local or address.is_unspecified
                    or address.is_multicast or host in seen):
                continue
            seen.add(host)
            choices.append((f"Network: {host} ({adapter.nice_name})", host))
    return choices
