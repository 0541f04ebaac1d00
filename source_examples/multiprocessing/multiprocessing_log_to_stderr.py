#!/usr/bin/env python3
# encoding: utf-8
"""log_to_stderr() shows what multiprocessing does behind the scenes."""

#end_pymotw_header
import logging
import multiprocessing


def work():
    multiprocessing.get_logger().info('doing the work')


if __name__ == '__main__':
    multiprocessing.log_to_stderr(logging.INFO)
    process = multiprocessing.Process(target=work)
    process.start()
    process.join()
    print('exit code:', process.exitcode)
