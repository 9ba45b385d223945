"""Which network addresses the fetcher may connect to.

The fetcher runs on our servers at a user's request, so without these checks it would be an open
proxy into the private network and the cloud metadata service. Every address a host resolves to is
checked; IPv6 forms that carry an IPv4 address (IPv4-mapped, 6to4, NAT64) are judged by the IPv4
address inside them.
"""

import ipaddress
import socket

from .errors import BlockedAddress, FetchError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# Cloud metadata services hand out credentials; never reachable, whatever the settings say.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(address)
    for address in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean
        "169.254.170.2",  # AWS ECS task metadata
        "fd00:ec2::254",  # AWS over IPv6
        "100.100.100.200",  # Alibaba Cloud
        "192.0.0.192",  # Oracle Cloud
    )
)
NAT64 = ipaddress.ip_network("64:ff9b::/96")
THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")
SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")
BROADCAST = ipaddress.ip_address("255.255.255.255")


def _embedded_ipv4(address: Address) -> tuple[str, ipaddress.IPv4Address] | None:
    if address.version != 6:
        return None
    if address.ipv4_mapped:
        return "the IPv4-mapped form", address.ipv4_mapped
    if address.sixtofour:
        return "the 6to4 form", address.sixtofour
    if address in NAT64:
        return "the NAT64 form", ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal_reason(address: Address, *, allow_private: bool = False) -> str | None:
    """Why the fetcher must not connect to `address`, or None when it may.

    `allow_private` (for tests and development only) lets loopback and private-network addresses
    through; unspecified, link-local, metadata, multicast, broadcast and reserved addresses stay
    refused regardless.
    """
    embedded = _embedded_ipv4(address)
    if embedded:
        form, inner = embedded
        reason = refusal_reason(inner, allow_private=allow_private)
        return f"{form} of {inner}, {reason}" if reason else None
    if address in METADATA_ADDRESSES:
        return "a cloud metadata service address"
    if address.is_unspecified or (address.version == 4 and address in THIS_NETWORK):
        return "an unspecified address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address == BROADCAST:
        return "the broadcast address"
    if address.version == 6 and address.teredo:
        return "a Teredo tunnel address"
    if address.is_loopback:  # before "reserved": ::1 lies inside the reserved ::/8
        return None if allow_private else "a loopback address"
    if address.is_reserved:
        return "a reserved address"
    if allow_private:
        return None
    if address.version == 4 and address in SHARED_ADDRESS_SPACE:
        return "a carrier-grade NAT address"
    if address.is_private:
        return "a private network address"
    if not address.is_global:
        return "not a public address"
    return None


def resolve_checked(host: str, port: int, *, allow_private: bool = False) -> list[str]:
    """Resolve `host` once and return its addresses, all of them checked.

    The caller connects to these addresses, never to the name again, so a DNS answer that changes
    between check and connection (rebinding) cannot slip a private address through. Raises
    BlockedAddress when any address is refused: a mixed answer is a rebinding trick, not bad luck.
    """
    try:
        ascii_host = host.encode("idna").decode("ascii") if not _is_ip_literal(host) else host
        answers = socket.getaddrinfo(ascii_host, port, type=socket.SOCK_STREAM)
    except UnicodeError as error:
        raise FetchError(f"the site's name is not valid ({host})") from error
    except socket.gaierror as error:
        transient = error.errno == socket.EAI_AGAIN
        message = (
            f"the site's name could not be looked up right now ({host})"
            if transient
            else f"no site with this name was found ({host})"
        )
        raise FetchError(message, transient=transient) from error
    addresses: list[str] = []
    for _family, _type, _proto, _canonname, sockaddr in answers:
        text = sockaddr[0].split("%", 1)[0]  # drop an IPv6 zone ("fe80::1%eth0")
        address = ipaddress.ip_address(text)
        reason = refusal_reason(address, allow_private=allow_private)
        if reason:
            where = f"{host} is" if host == text else f"{host} resolves to {text},"
            raise BlockedAddress(f"this address is not allowed: {where} {reason}")
        if text not in addresses:
            addresses.append(text)
    if not addresses:
        raise FetchError(f"no site with this name was found ({host})")
    return addresses


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
