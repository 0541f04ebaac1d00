#!/usr/bin/env python3
# encoding: utf-8
"""A Pipe connects two processes, in both directions."""

#end_pymotw_header
import multiprocessing


def shout(connection):
    for message in iter(connection.recv, None):
        connection.send(message.upper())
    connection.close()


if __name__ == '__main__':
    ours, theirs = multiprocessing.Pipe()
    process = multiprocessing.Process(target=shout, args=(theirs,))
    process.start()
    theirs.close()  # the child has its own copy of this end
    for message in ['hello', 'are you there?']:
        ours.send(message)
        print(f'sent {message!r}, got back {ours.recv()!r}')
    ours.send(None)
    process.join()
    try:
        ours.recv()
    except EOFError:
        print('recv() after the child closed its end: EOFError')
